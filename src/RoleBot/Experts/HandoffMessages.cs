using System.Globalization;

namespace RoleBot.Experts;

/// <summary>The fixed sentences of a hand-off, shared by every platform (renderers only add markup).</summary>
internal static class HandoffMessages
{
    public static string Sent(Handoff handoff) => handoff.Experts.Count switch
    {
        0 => "I passed your question to the experts. Their answer will come here, credited to whoever gives it.",
        1 => $"I asked {handoff.Experts[0]}. Their answer will come here, credited to them.",
        _ => $"I asked {string.Join(", ", handoff.Experts.Take(handoff.Experts.Count - 1))} and {handoff.Experts[^1]}. An answer will come here, credited to whoever gives it.",
    };

    public const string AlreadyAsked = "You already asked the experts this; their answer will come here.";

    public const string Undelivered =
        "Nobody is set up to answer questions like this yet, so I could not pass it on. Your question is saved for the people who keep my documents.";

    public static string TimedOut(Handoff handoff, TimeSpan after) =>
        $"Sorry, nobody has answered \u201C{handoff.Question}\u201D in {Hours(after)}. It stays with the experts: if someone answers later, I'll post it here.";

    public static string Saved(string owner) => $"Saved as a curated answer from {owner}.";

    public const string AlreadySaved = "This answer was already saved.";

    public static string Answered(string credit, string answer) => $"{credit} answered: {answer}";

    /// <summary>The expert's words, trimmed, cut at <see cref="ExpertsOptions.MaxAnswerChars"/> with a note.</summary>
    public static string ClipAnswer(string text)
    {
        text = text.Trim();
        return text.Length <= ExpertsOptions.MaxAnswerChars ? text : string.Concat(text.AsSpan(0, ExpertsOptions.MaxAnswerChars), " \u2026 (cut: answers are kept to 4,000 characters)");
    }

    public static string Why(HandoffReason reason) => reason == HandoffReason.NotCovered
        ? "RoleBot's documents don't cover it"
        : "RoleBot's answer was not helpful";

    private static string Hours(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} hours")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} minutes");
}
