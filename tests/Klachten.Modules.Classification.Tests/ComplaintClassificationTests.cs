using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Tests;

public sealed class ComplaintClassificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static ClassificationProposal Proposal(string[] categories, string? cause = null, string? note = null) =>
        ClassificationProposal.Create(categories, cause, note);

    private static ComplaintClassification Classified(string[] categories, string? cause = null, string? note = null)
    {
        var classification = ComplaintClassification.Unclassified(Guid.NewGuid(), "KL-2026-000001");
        classification.Apply(Proposal(categories, cause, note), null, "qm", Now);
        return classification;
    }

    [Fact]
    public void Proposal_without_categories_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Proposal([]));
        Assert.Equal("category_required", error.Code);
    }

    [Theory]
    [InlineData("Conduct", "Conduct")]
    [InlineData("Conduct", "conduct")]
    public void Proposal_with_a_category_twice_is_refused(string first, string second)
    {
        var error = Assert.Throws<DomainRuleException>(() => Proposal([first, "Financial", second]));
        Assert.Equal("duplicate_category", error.Code);
    }

    [Fact]
    public void Proposal_with_a_note_but_no_cause_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Proposal(["Conduct"], null, "rude on the phone"));
        Assert.Equal("root_cause_note_without_root_cause", error.Code);
    }

    [Fact]
    public void Proposal_keeps_categories_in_a_stable_order_and_trims_blank_cause_to_none()
    {
        var proposal = Proposal(["Financial", "Conduct"], "  ", "   ");
        Assert.Equal(["Conduct", "Financial"], proposal.Categories);
        Assert.Null(proposal.RootCause);
        Assert.Null(proposal.RootCauseNote);
    }

    [Fact]
    public void First_classification_is_version_1_needs_no_reason_and_may_have_several_categories()
    {
        var classification = ComplaintClassification.Unclassified(Guid.NewGuid(), "KL-2026-000001");
        var proposal = Proposal(["Conduct", "Financial"]);

        Assert.False(classification.RequiresReason(proposal));
        var version = classification.Apply(proposal, null, "qm", Now);

        Assert.NotNull(version);
        Assert.Equal(1, version.Version);
        Assert.Equal(ClassificationChange.Classified, version.Change);
        Assert.Equal(["Conduct", "Financial"], classification.Categories);
        Assert.True(classification.IsClassified);
    }

    [Fact]
    public void Adding_a_cause_where_none_was_recorded_needs_no_reason()
    {
        var classification = Classified(["Conduct"]);
        var proposal = Proposal(["Conduct"], "Communication", "called back too late");

        Assert.Equal(ClassificationChange.RootCauseRecorded, classification.ChangeOf(proposal));
        Assert.False(classification.RequiresReason(proposal));
        var version = classification.Apply(proposal, null, "qm", Now);
        Assert.Equal(2, version!.Version);
        Assert.Equal("Communication", classification.RootCause);
    }

    [Fact]
    public void Adding_a_cause_together_with_other_categories_is_a_reclassification()
    {
        var classification = Classified(["Conduct"]);
        Assert.True(classification.RequiresReason(Proposal(["Conduct", "Financial"], "Communication")));
    }

    [Theory]
    [InlineData(new[] { "Financial" }, "Communication", "note")]
    [InlineData(new[] { "Conduct" }, "WrongAmount", "note")]
    [InlineData(new[] { "Conduct" }, "Communication", "another note")]
    [InlineData(new[] { "Conduct" }, null, null)]
    public void Changing_anything_recorded_needs_a_reason(string[] categories, string? cause, string? note)
    {
        var classification = Classified(["Conduct"], "Communication", "note");
        var proposal = Proposal(categories, cause, note);

        Assert.True(classification.RequiresReason(proposal));
        var error = Assert.Throws<DomainRuleException>(() => classification.Apply(proposal, "  ", "qm", Now));
        Assert.Equal("reason_required", error.Code);
        Assert.Equal(1, classification.Version);
    }

    [Fact]
    public void Reclassification_with_a_reason_makes_a_new_version_and_keeps_the_reason()
    {
        var classification = Classified(["Conduct"]);
        var version = classification.Apply(Proposal(["Financial", "LegalSubstance"]), " wrong category at intake ", "qm2", Now.AddDays(1));

        Assert.NotNull(version);
        Assert.Equal(2, version.Version);
        Assert.Equal(ClassificationChange.Reclassified, version.Change);
        Assert.Equal("wrong category at intake", version.Reason);
        Assert.Equal("qm2", version.ChangedBy);
        Assert.Equal(["Financial", "LegalSubstance"], classification.Categories);
    }

    [Fact]
    public void Repeating_the_same_classification_changes_nothing_even_in_another_order()
    {
        var classification = Classified(["Conduct", "Financial"], "Communication");
        var proposal = Proposal(["Financial", "Conduct"], "Communication");

        Assert.Null(classification.ChangeOf(proposal));
        Assert.False(classification.RequiresReason(proposal));
        Assert.Null(classification.Apply(proposal, null, "qm", Now));
        Assert.Equal(1, classification.Version);
    }
}
