namespace ClaimModel.Reporting;

/// <summary>The HTML report's inline style sheet, its shared SVG definitions and its small progressive script (the
/// report is complete without it: the script only shows the filter form and applies it). No network, no CDN; the
/// script holds no <c>&lt;</c> or <c>&amp;</c> outside its CDATA section, so the file stays well-formed XML.</summary>
internal static class ReportHtmlStyle
{
    /// <summary>The style sheet.</summary>
    public const string Css = """
        :root{--ink:#111827;--muted:#6b7280;--line:#e5e7eb;--card:#ffffff;--bg:#f9fafb;--accuse:#b91c1c;--deny:#1d4ed8;--relay:#6b7280}
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
        body>header,main,body>section{max-width:1180px;margin:0 auto;padding:12px 20px}
        h1{font-size:24px;margin:8px 0}
        h2{font-size:18px;margin:0;display:inline}
        h3{font-size:15px;margin:14px 0 6px}
        h4{font-size:13px;margin:0 0 4px}
        .summary{margin:4px 0;color:#374151}
        table.overview{border-collapse:collapse;width:100%;background:var(--card);margin:10px 0}
        table.overview th,table.overview td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
        table.overview th{background:#f3f4f6}
        .filter{margin:10px 0;display:flex;gap:16px;align-items:center}
        .filter input{width:280px;padding:4px}
        section.incident{background:var(--card);border:1px solid var(--line);border-radius:6px;margin:12px 0;padding:8px 14px}
        section.incident>details>summary{cursor:pointer;padding:4px 0}
        .meta{color:var(--muted);margin-left:10px}
        .cards{display:flex;flex-direction:column;gap:10px}
        article.dispute{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:4px;padding:8px 10px}
        article.dispute.contested{border-left-color:#dc2626}
        article.dispute.denied-by-accused{border-left-color:#d97706}
        article.dispute.corroborated{border-left-color:#059669}
        article.dispute.inconsistent{border-left-color:#7c3aed}
        article.dispute.self-contradicted{border-left-color:#db2777}
        article.dispute>header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
        .status{font-size:12px;font-weight:600;padding:1px 6px;border-radius:8px;background:#f3f4f6}
        code{font-size:11px;color:var(--muted)}
        .positions{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:8px;margin-top:6px}
        .position{background:#f9fafb;border:1px solid var(--line);border-radius:4px;padding:6px 8px}
        .position.denial{background:#eff6ff}
        .voices{margin:0;padding-left:18px}
        .evidence{margin:2px 0 4px;padding-left:16px;color:#374151;font-size:13px}
        blockquote{display:inline;margin:0;font-style:italic}
        .probable{color:#92400e;font-size:12px}
        .sides{color:var(--muted);font-size:12px}
        svg{display:block;max-width:100%;height:auto;margin:4px 0}
        svg text{font:11px system-ui,Helvetica,Arial,sans-serif;fill:var(--ink)}
        svg .node rect{fill:#fff;stroke:#374151}
        svg .node.side rect{fill:#f3f4f6;stroke-width:2}
        svg .node.outlet rect{stroke:var(--relay);stroke-dasharray:3 2}
        svg .node text{text-anchor:middle}
        svg .edge path{fill:none;stroke-width:1.6}
        svg .edge.accuses path{stroke:var(--accuse)}
        svg .edge.denies path{stroke:var(--deny);stroke-width:2.4}
        svg .edge.relayed-by path{stroke:var(--relay);stroke-dasharray:4 3;stroke-width:1}
        svg .axis{stroke:#9ca3af}
        svg .bar{fill:#93c5fd}
        svg .bar.open{fill:#bfdbfe}
        svg .best{stroke:var(--ink);stroke-width:2}
        svg circle.voice{fill:var(--accuse);stroke:#fff}
        svg .words,svg .tick{fill:var(--muted)}
        svg .tick.end{text-anchor:end}
        svg .mark rect{fill:#93c5fd}
        svg .mark.happened rect{fill:#f59e0b}
        .legend span{margin-right:14px;font-size:12px}
        .legend .accuses{color:var(--accuse)}.legend .denies{color:var(--deny)}.legend .relayed-by{color:var(--relay)}
        ul.times{font-size:12px;color:#374151;columns:2}
        details.findings ol{font-size:13px}
        [hidden]{display:none!important}
        """;

    /// <summary>The arrow markers every graph refers to, in one hidden SVG at the top of the body.</summary>
    public const string Definitions =
        "<svg class=\"definitions\" xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\" aria-hidden=\"true\" style=\"position:absolute\"><defs>"
        + "<marker id=\"arrow-accuses\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#b91c1c\"/></marker>"
        + "<marker id=\"arrow-denies\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#1d4ed8\"/></marker>"
        + "<marker id=\"arrow-relayed-by\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#6b7280\"/></marker>"
        + "</defs></svg>\n";

    /// <summary>The filter: shows the form, then hides the incident sections whose text or statuses do not match.</summary>
    public const string Script = """
        //<![CDATA[
        (function () {
          'use strict';
          var form = document.getElementById('filter');
          var text = document.getElementById('filter-text');
          var status = document.getElementById('filter-status');
          var count = document.getElementById('filter-count');
          var sections = document.querySelectorAll('section.incident');
          function apply() {
            var words = text.value.trim().toLowerCase();
            var wanted = status.value;
            var shown = 0;
            for (var i = 0; i < sections.length; i++) {
              var section = sections[i];
              var statuses = ' ' + section.getAttribute('data-status') + ' ';
              var match = (words === '' || section.getAttribute('data-search').indexOf(words) !== -1) &&
                (wanted === '' || statuses.indexOf(' ' + wanted + ' ') !== -1);
              section.hidden = !match;
              if (match) { shown++; }
            }
            count.textContent = shown + ' of ' + sections.length + ' incidents shown';
          }
          form.hidden = false;
          form.addEventListener('submit', function (event) { event.preventDefault(); });
          text.addEventListener('input', apply);
          status.addEventListener('change', apply);
          apply();
        })();
        //]]>
        """;
}
