using System.CommandLine;
using System.Globalization;
using System.Text;
using RoleBot.Experts;
using RoleBot.Knowledge;

namespace RoleBot.Cli;

/// <summary>
/// <c>answers export</c>: writes every curated answer ("Save as answer") as a Markdown file with front matter
/// (<c>questions</c>, <c>owner</c>, <c>updated</c>, <c>sources</c>) into the knowledge folder's <c>answers/</c>, so they
/// can be reviewed and versioned in Git. Re-running overwrites the same files (one per saved answer).
/// </summary>
internal static class AnswersCommand
{
    public const string Folder = "answers";

    /// <summary>Longest slug taken from the first question (60 characters) before the id suffix.</summary>
    public const int MaxSlugChars = 60;

    public static Command Create()
    {
        var output = new Option<string?>("--out", "-o") { Description = "Folder to write to (default: answers/ in the knowledge folder)" };
        var export = new Command("export", "Write saved answers as Markdown files with front matter") { output };
        export.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Create(parse);
            string folder;
            try
            {
                folder = parse.GetValue(output) ?? Path.Combine(services.GetRequiredService<KnowledgeHost>().Folder, Folder);
            }
            catch (KnowledgeLoadException ex)
            {
                Console.Error.WriteLine($"rolebot: {ex.Message} (or pass --out DIR)");
                return 1;
            }

            var written = await ExportAsync(services.GetRequiredService<ICuratedAnswerStore>(), folder, cancellationToken);
            Console.Out.WriteLine(written.Count == 0 ? "No saved answers yet." : $"Wrote {written.Count} answers to {folder}:");
            foreach (var file in written)
            {
                Console.Out.WriteLine("  " + Path.GetFileName(file));
            }

            return 0;
        });
        return new Command("answers", "Curated answers saved from experts' replies") { export };
    }

    public static async Task<IReadOnlyList<string>> ExportAsync(ICuratedAnswerStore store, string folder, CancellationToken cancellationToken)
    {
        var answers = await store.ListAsync(cancellationToken);
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var answer in answers)
        {
            var path = Path.Combine(folder, FileName(answer));
            await File.WriteAllTextAsync(path, Markdown(answer), new UTF8Encoding(false), cancellationToken);
            files.Add(path);
        }

        return files;
    }

    /// <summary>"how-do-i-get-access-to-the-feature-store-3f2a9c1b.md": readable, and stable for the same saved answer.</summary>
    internal static string FileName(CuratedAnswer answer)
    {
        var slug = new StringBuilder();
        foreach (var c in (answer.Questions.Count > 0 ? answer.Questions[0] : "answer").ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugChars)
            {
                break;
            }
        }

        var id = new string(answer.Id.Where(char.IsAsciiLetterOrDigit).ToArray());
        return $"{slug.ToString().Trim('-')}-{(id.Length > 8 ? id[^8..] : id)}.md";
    }

    internal static string Markdown(CuratedAnswer answer)
    {
        var text = new StringBuilder("---\nquestions:\n");
        foreach (var question in answer.Questions)
        {
            text.Append("  - ").Append(Quote(question)).Append('\n');
        }

        text.Append("owner: ").Append(Quote(answer.Owner)).Append('\n')
            .Append("updated: ").Append(answer.Updated.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("sources:");
        if (answer.Sources.Count == 0)
        {
            text.Append(" []\n");
        }
        else
        {
            text.Append('\n');
            foreach (var source in answer.Sources)
            {
                text.Append("  - ").Append(Quote(source)).Append('\n');
            }
        }

        return text.Append("---\n\n").Append(answer.Answer.Trim().ReplaceLineEndings("\n")).Append('\n').ToString();
    }

    /// <summary>A YAML double-quoted scalar: safe for any text (colons, quotes, leading dashes, new lines).</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
