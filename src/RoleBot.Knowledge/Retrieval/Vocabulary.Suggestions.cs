namespace RoleBot.Knowledge.Retrieval;

/// <summary>Spelling suggestions: the knowledge's word a typed word most likely meant.</summary>
public sealed partial class Vocabulary
{
    private string? Suggest(string word)
    {
        var maxEdits = word.Length <= 7 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        for (var length = word.Length - maxEdits; length <= word.Length + maxEdits; length++)
        {
            if (!_byLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                // Typos rarely change the first letter; this also keeps the scan cheap on large vocabularies.
                if (candidate[0] != word[0] && (candidate.Length < 2 || candidate[1] != word[1]))
                {
                    continue;
                }

                var distance = EditDistance.Damerau(word, candidate, maxEdits);
                // Four-letter words are only corrected for swapped letters ("dose" -> "does") and a letter dropped after
                // the first ("slak" -> "slack", "alrt" -> "alert"); "book" is not "look", "oops" not "loops".
                if (word.Length == 4 && distance == 1 && !IsSwap(word, candidate) && (candidate.Length != word.Length + 1 || candidate[0] != word[0]))
                {
                    continue;
                }

                var count = _counts[candidate];
                if (distance <= maxEdits && (distance < bestDistance || (distance == bestDistance && count > bestCount)))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestCount = count;
                }
            }
        }

        return best ?? Scrambled(word);
    }

    /// <summary>Shortest word whose letters may be scrambled into two edits (default 5): "dupety" is "deputy".</summary>
    public const int MinScrambledLength = 5;

    /// <summary>
    /// A word of the knowledge with the same letters, the same first letter and length, two edits away: letters typed out
    /// of order ("dupety" for "deputy", "reciept") are a common slip that one edit does not reach; keeping every letter
    /// makes it safe where two arbitrary edits on a short word are not.
    /// </summary>
    private string? Scrambled(string word)
    {
        if (word.Length < MinScrambledLength || !_byLength.TryGetValue(word.Length, out var candidates))
        {
            return null;
        }

        var letters = Sorted(word);
        string? best = null;
        var bestCount = 0;
        foreach (var candidate in candidates)
        {
            if (candidate[0] == word[0] && _counts[candidate] > bestCount && Sorted(candidate) == letters && EditDistance.Damerau(word, candidate, 2) <= 2)
            {
                best = candidate;
                bestCount = _counts[candidate];
            }
        }

        return best;
    }

    private static string Sorted(string word)
    {
        var letters = word.ToCharArray();
        Array.Sort(letters);
        return new string(letters);
    }

    private static bool IsSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                if (first >= 0)
                {
                    return i == first + 1 && a[first] == b[i] && a[i] == b[first];
                }

                first = i;
            }
        }

        return false;
    }
}
