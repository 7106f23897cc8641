namespace RoleBot.Knowledge.Retrieval;

/// <summary>What kind of answer a question wants.</summary>
public enum QuestionShape
{
    /// <summary>"what/how ..." — the best excerpts.</summary>
    Open,

    /// <summary>"does/do/should/is/can ... need/use/know ..." — a verdict from the evidence.</summary>
    YesNo,

    /// <summary>"X vs Y", "difference between" — evidence per role, side by side.</summary>
    Comparison,

    /// <summary>"who ...", "which role ..." — the role(s) the evidence ties the topic to.</summary>
    WhichRole,
}
