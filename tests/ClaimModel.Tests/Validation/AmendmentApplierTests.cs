using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

public class AmendmentApplierTests
{
    private static readonly Report RtReport = new() { Source = "rt", Quote = new Quote { Exact = "two A-10s" } };

    [Fact]
    public void Document_without_amendments_is_returned_as_it_is()
    {
        var document = Document;
        Assert.Same(document, AmendmentApplier.Apply(document));
    }

    [Fact]
    public void Document_whose_amendments_all_fail_to_apply_is_returned_as_it_is()
    {
        var document = WithAmendments(
            null!,
            new Amendment { Amends = "ghost", Reports = [RtReport] },
            new Amendment { Amends = "ibt", Aliases = ["IBT"] },
            new Amendment { Amends = "usa", Reports = [RtReport] },
            new Amendment { Amends = "c-a10", Aliases = ["x"] },
            new Amendment { Amends = "c-a10", Reports = [RtReport], SameAs = [new IdentityLink { Actor = "usa", Certainty = IdentityCertainty.Probable }] },
            new Amendment { Amends = "c-a10" },
            new Amendment { Amends = "c-a10", Reports = [RtReport, null!] },
            new Amendment { Amends = null!, Reports = [RtReport] });
        Assert.Same(document, AmendmentApplier.Apply(document));
    }

    [Fact]
    public void Additions_are_appended_in_order_once_and_other_records_are_shared()
    {
        var link = new IdentityLink { Actor = "russia", Certainty = IdentityCertainty.Probable, Basis = "same statement" };
        var document = WithAmendments(
            new Amendment { Amends = "russia-mod", Aliases = ["MoD", "Russian defense ministry", "MoD"], SameAs = [link] },
            new Amendment { Amends = "ghost", Aliases = ["kept"] },
            new Amendment { Amends = "c-a10", Reports = [RtReport, IbtReport] },
            new Amendment { Amends = "d-usa", Reports = [RtReport] },
            new Amendment { Amends = "russia-mod", Aliases = ["Minoborony"], SameAs = [link] });
        var applied = AmendmentApplier.Apply(document);

        Assert.Equal(["Russian defense ministry", "MoD", "Minoborony"], applied.Actors[1].Aliases);
        Assert.Equal([link], applied.Actors[1].SameAs);
        Assert.Equal([IbtReport, RtReport], applied.Claims[0].Reports);
        Assert.Equal([.. UsaDenial.Reports, RtReport], applied.Denials[0].Reports);
        Assert.Equal([new Amendment { Amends = "ghost", Aliases = ["kept"] }], applied.Amendments);
        Assert.Same(document.Actors[0], applied.Actors[0]);
        Assert.Same(document.Claims[1], applied.Claims[1]);
        Assert.Same(document.Sources[0], applied.Sources[0]);
        Assert.Equal(Document.Claims[0], document.Claims[0]);
    }

    [Fact]
    public void Amendment_goes_to_the_first_record_with_the_id()
    {
        var document = Document with
        {
            Claims = [A10Claim, A10Claim with { Modality = Modality.Suggested }],
            Amendments = [new Amendment { Amends = "c-a10", Reports = [RtReport] }],
        };
        var applied = AmendmentApplier.Apply(document);
        Assert.Equal([IbtReport, RtReport], applied.Claims[0].Reports);
        Assert.Same(document.Claims[1], applied.Claims[1]);
    }

    [Fact]
    public void Applying_twice_changes_nothing_more()
    {
        var once = AmendmentApplier.Apply(WithAmendments(new Amendment { Amends = "c-a10", Reports = [RtReport] }, new Amendment { Amends = "nowhere", Aliases = ["x"] }));
        Assert.Same(once, AmendmentApplier.Apply(once));
    }

    [Fact]
    public void Null_document_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => AmendmentApplier.Apply(null!));
}
