namespace RoleBot.Knowledge.Semantic;

/// <summary>
/// How close unrelated questions come to this knowledge: the median, over a fixed set of questions no team handbook
/// answers (weather, cooking, trains, ...), of the best sentence similarity. Cosine similarities of one model shift
/// with the corpus (a big corpus always has some sentence near anything), so "not covered" is decided relative to this
/// baseline rather than at one absolute cosine; measured once per load.
/// </summary>
public static class OffTopicBaseline
{
    /// <summary>Questions about nothing a role or team document covers; phrased like chat, none about work roles.</summary>
    internal static readonly string[] Probes =
    [
        "what's the weather like this weekend?", "recommend a good pizza place", "who won the football match last night?",
        "how do I cook rice?", "how far away is the moon?", "sing me a song", "how do I reset my laptop password?",
        "where do I submit travel receipts?", "when is the next public holiday?", "how do I book a desk in the office?",
        "which coffee machine works?", "what's the share price today?", "translate hello into Spanish",
        "how tall is Mount Everest?", "what time is the train to Leeds?", "can I bring my dog to work?",
        "how do I change my bank details for payroll?", "what's the best phone to buy?", "how do I fix a flat bike tire?",
        "who is the CEO's assistant?",
    ];

    public static float Measure(SemanticIndex index)
    {
        // All probes in one pass over the sentence vectors (a pass per probe took about a second at 10k passages).
        var best = index.Sentences.BestSimilarities(Probes.Select(index.Embedder.EmbedQuery).ToList());
        Array.Sort(best);
        return best[best.Length / 2];
    }
}
