using RoleBot.Knowledge.Answers;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>A PhD is one degree among several: the glossary keeps it apart from "degree", so verdicts stay honest.</summary>
public sealed class DegreeVerdictTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_DoesTheRoleThatOnlyBenefitsFromADegreeNeedAPhd_IsNoYes()
    {
        // The knowledge says an ML engineer "benefits from a degree in computer science" and a data scientist usually
        // holds "a master's degree or a doctorate (PhD)".
        var answer = fixture.Ask("do MLEs need a phd");

        Assert.True(answer.Answered);
        Assert.NotEqual(Verdict.Yes, answer.Verdict);
        Assert.Contains("data scientist", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DoesADataScientistNeedAPhd_IsYes() =>
        Assert.Equal(Verdict.Yes, fixture.Ask("does a DS need a phd").Verdict);
}
