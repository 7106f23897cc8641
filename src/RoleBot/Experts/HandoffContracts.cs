namespace RoleBot.Experts;

/// <summary>What an asker's click starts: the question, who asked, where to answer them.</summary>
public sealed record HandoffRequest(
    string Question,
    HandoffReason Reason,
    string AskerChannel,
    string? AskerId,
    string? AskerName,
    HandoffAddress Asker,
    string? LinkBack,
    IReadOnlyList<string> PassageIds);

/// <summary>The hand-off and the sentence the asker sees.</summary>
public sealed record HandoffStart(Handoff Handoff, string Message);

public enum RelayOutcome
{
    Relayed,
    AlreadyAnswered,
    NotFound,
    Empty,
}

public enum SaveOutcome
{
    Saved,
    AlreadySaved,
    NotAnswered,
    NotFound,
}

/// <summary>What to tell an asker: a plain sentence, or the expert's answer (with "Save as answer").</summary>
public sealed record AskerNotice(string? Text)
{
    public static AskerNotice Answer { get; } = new((string?)null);

    public static AskerNotice Confirmation(string text) => new(text);

    public bool IsAnswer => Text is null;
}

/// <summary>Posts hand-off messages on one platform (Slack, or Bot Framework for Teams and Web Chat).</summary>
public interface IHandoffCourier
{
    /// <summary><see cref="HandoffAddress.Slack"/> or <see cref="HandoffAddress.BotFramework"/>.</summary>
    string Platform { get; }

    /// <summary>Posts the question for the experts; null (reason logged) when this platform has nobody reachable.</summary>
    Task<HandoffAddress?> PostQuestionAsync(Handoff handoff, ExpertRouteChoice route, CancellationToken cancellationToken);

    /// <summary>Tells an asker on this platform (the hand-off's <see cref="Handoff.Asker"/>).</summary>
    Task TellAskerAsync(Handoff handoff, AskerNotice notice, CancellationToken cancellationToken);

    /// <summary>Tells the experts' side (on this platform) that the answer went to the asker.</summary>
    Task ConfirmToExpertsAsync(Handoff handoff, CancellationToken cancellationToken);
}
