using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace ClaimModel.Validation;

/// <summary>Where the checks of a record (<see cref="RecordRules{T}"/>) report their failures while one
/// FluentValidation rule runs: the rule's validation context, the member being checked and the records entered
/// on the way to it (<c>Reports[0]</c>, <c>Quote</c>), so that a child record is checked without a child
/// context. A failure's path (<c>Reports[0].Quote.Start</c>, after the context's property chain) is built only
/// when there is a failure.</summary>
/// <remarks>Failures are collected here (the list is made at the first one) and added to the context, in order,
/// when the rule's check is done (<see cref="AddTo{T}"/>).</remarks>
internal ref struct RecordIssues
{
    /// <summary>The deepest nesting of records below the rule's own record (a document's claim, its
    /// statement, the statement's place, the place's coordinates is 4).</summary>
    private const int MaxDepth = 8;

    private readonly IValidationContext _context;
    private Segments _segments;
    private int _depth;
    private List<ValidationFailure>? _failures;
    private DocumentIndex? _index;
    private bool _indexLooked;

    /// <summary>Starts the check of <paramref name="member"/> of the record the context validates.</summary>
    public RecordIssues(IValidationContext context, string member)
    {
        _context = context;
        Member = member;
    }

    /// <summary>The value of <see cref="ReportedStatements"/> when the claim the reports belong to is not known (a report
    /// validated alone, an amendment of a record the document does not have).</summary>
    public const int UnknownStatements = -1;

    /// <summary>The value of <see cref="ReportedStatements"/> for a denial's reports (a denial has no statements).</summary>
    public const int DenialStatements = -2;

    /// <summary>The member being checked, of the record entered last (PascalCase, as FluentValidation names it).</summary>
    public string Member { get; set; }

    /// <summary>While reports are checked: the number of statements of the claim they belong to (what a report's
    /// <c>statements</c> positions must stay below), <see cref="DenialStatements"/> for a denial's reports or
    /// <see cref="UnknownStatements"/>. Under a selector other than the default one a report is checked in a context
    /// of its own (<see cref="SelectedChildContext"/>) and its positions only for their order.</summary>
    public int ReportedStatements { get; set; } = UnknownStatements;

    /// <summary>The validation context of the rule being run.</summary>
    public readonly IValidationContext Context => _context;

    /// <summary>The document index, when a whole document is being validated (see <see cref="DocumentIndex"/>).</summary>
    public DocumentIndex? Index
    {
        get
        {
            if (!_indexLooked)
            {
                _index = _context.RootContextData.TryGetValue(DocumentIndex.ContextKey, out var index) ? index as DocumentIndex : null;
                _indexLooked = true;
            }

            return _index;
        }
    }

    /// <summary>Adds a failure at the member being checked, or at its element number <paramref name="index"/> when
    /// that is not negative.</summary>
    public void Fail(string code, string message, object? value, int index = -1) =>
        Add(new ValidationFailure(PathOf(Member, index), message, value) { ErrorCode = code });

    /// <summary>Adds a failure of severity warning at the member being checked, or at its element number
    /// <paramref name="index"/> when that is not negative.</summary>
    public void Warn(string code, string message, object? value, int index = -1) =>
        Add(new ValidationFailure(PathOf(Member, index), message, value) { ErrorCode = code, Severity = Severity.Warning });

    /// <summary>Adds a failure at <paramref name="member"/> of the record being checked (a PascalCase path such as
    /// <c>Quote.Start</c>), or at the record itself when <paramref name="member"/> is empty.</summary>
    public void FailAt(string member, string code, string message, object? value) =>
        Add(new ValidationFailure(PathOf(member, -1), message, value) { ErrorCode = code });

    /// <summary>Adds a finished failure (its path already complete).</summary>
    public void Add(ValidationFailure failure) => (_failures ??= []).Add(failure);

    /// <summary>Enters the record held by the member being checked (its element number <paramref name="index"/>,
    /// when not negative): until <see cref="Leave"/>, <see cref="Member"/> names that record's members.</summary>
    public void Enter(int index = -1)
    {
        if (_depth == MaxDepth)
        {
            throw new InvalidOperationException("Records are nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels.");
        }

        _segments[_depth++] = new Segment(Member, index);
    }

    /// <summary>Leaves the record entered last: <see cref="Member"/> is again the member that holds it.</summary>
    public void Leave() => Member = _segments[--_depth].Member;

    /// <summary>The property chain of the member being checked, as a child validator's context gets it.</summary>
    public readonly FluentValidation.Internal.PropertyChain ChainOf(int index)
    {
        var chain = new FluentValidation.Internal.PropertyChain(_context.PropertyChain);
        chain.Add(RelativePath(Member, index));
        return chain;
    }

    /// <summary>Adds the collected failures to <paramref name="context"/>, in the order they were found.</summary>
    public readonly void AddTo<T>(ValidationContext<T> context)
    {
        if (_failures is null)
        {
            return;
        }

        foreach (var failure in _failures)
        {
            context.AddFailure(failure);
        }
    }

    /// <summary>The full path of <paramref name="member"/> (element <paramref name="index"/>, when not negative)
    /// of the record entered last.</summary>
    private readonly string PathOf(string member, int index) => _context.PropertyChain.BuildPropertyPath(RelativePath(member, index));

    /// <summary>The path below the context's property chain: the records entered, then the member.</summary>
    private readonly string RelativePath(string member, int index)
    {
        var separator = ValidatorOptions.Global.PropertyChainSeparator;
        var path = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            if (i > 0)
            {
                path.Append(separator);
            }

            _segments[i].AppendTo(path);
        }

        if (member.Length > 0)
        {
            if (_depth > 0)
            {
                path.Append(separator);
            }

            new Segment(member, index).AppendTo(path);
        }

        return path.ToString();
    }

    /// <summary>A record entered: the member that holds it and, for an array element, its index.</summary>
    private readonly record struct Segment(string Member, int Index)
    {
        public void AppendTo(StringBuilder path)
        {
            path.Append(Member);
            if (Index >= 0)
            {
                path.Append('[').Append(Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }
    }

    [InlineArray(MaxDepth)]
    private struct Segments
    {
        private Segment _first;
    }
}
