using RoleBot.Knowledge.Answers;
using Spectre.Console;

namespace RoleBot.Cli;

/// <summary>Answers for a terminal: colour where supported (Spectre.Console), plain text otherwise.</summary>
internal sealed class TerminalRenderer
{
    private readonly IAnsiConsole _console = AnsiConsole.Console;

    public void Write(Answer answer)
    {
        if (answer.CorrectedQuestion is { } corrected)
        {
            _console.MarkupLine($"[grey]Read as: {Markup.Escape(corrected)}[/]");
        }

        _console.MarkupLine(answer.Answered ? $"[bold]{Markup.Escape(answer.Lead)}[/]" : $"[yellow]{Markup.Escape(answer.Lead)}[/]");
        if (answer.Comparison is { } comparison)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Aspect");
            foreach (var role in comparison.Roles)
            {
                table.AddColumn(Markup.Escape(role));
            }

            foreach (var row in comparison.Rows)
            {
                table.AddRow([Markup.Escape(row.Aspect), .. row.Cells.Select(c => c is { } n ? $"[[{n}]]" : "[grey]-[/]")]);
            }

            _console.Write(table);
        }

        foreach (var citation in answer.Citations)
        {
            _console.WriteLine();
            _console.MarkupLine($"[cyan][[{citation.N}]][/] \u201C{Highlight(citation.Excerpt)}\u201D");
            _console.MarkupLine($"    [grey]{Markup.Escape(AnswerText.SourceLine(citation))} ({Markup.Escape(citation.Source)})[/]");
        }

        if (!answer.Answered && answer.Suggestions.Count > 0)
        {
            _console.WriteLine();
            _console.MarkupLine("You could ask:");
            foreach (var suggestion in answer.Suggestions)
            {
                _console.MarkupLine($"  - {Markup.Escape(suggestion)}");
            }
        }

        _console.WriteLine();
    }

    private static string Highlight(Excerpt excerpt)
    {
        var text = new System.Text.StringBuilder();
        var position = 0;
        foreach (var mark in excerpt.Highlights)
        {
            text.Append(Markup.Escape(excerpt.Text[position..mark.Start]));
            text.Append("[bold yellow]").Append(Markup.Escape(excerpt.Text.Substring(mark.Start, mark.Length))).Append("[/]");
            position = mark.Start + mark.Length;
        }

        return text.Append(Markup.Escape(excerpt.Text[position..])).ToString();
    }
}
