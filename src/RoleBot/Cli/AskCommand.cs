using System.CommandLine;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Cli;

/// <summary><c>ask "question"</c>, or questions from stdin one per line (the index is loaded once); <c>--json</c> for JSON Lines.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string?>("question") { Description = "The question; omit it to read questions from standard input, one per line", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per question on one line" };
        var explain = new Option<bool>("--explain") { Description = "Also print how the question was understood and the ranked passages (to stderr)" };
        var command = new Command("ask", "Answer a question from the knowledge, with cited excerpts") { question, json, explain };
        command.SetAction(parse => Run(parse, parse.GetValue(question), parse.GetValue(json), parse.GetValue(explain)));
        return command;
    }

    private static int Run(ParseResult parse, string? question, bool json, bool explain)
    {
        using var services = CliServices.Create(parse);
        if (question is not null && QuestionParser.Validate(question) is { } invalid)
        {
            Console.Error.WriteLine($"rolebot: {invalid}");
            return 2;
        }

        var knowledge = CliServices.LoadKnowledge(services);
        if (knowledge is null)
        {
            return 1;
        }

        var renderer = new TerminalRenderer();
        if (question is not null && explain)
        {
            Explainer.Write(knowledge.Current, question, Console.Error);
        }

        if (question is not null)
        {
            return Answer(knowledge, question, json, renderer, null).Answered ? 0 : 3;
        }

        // Questions from standard input: one per line; a bad line is reported and the rest still answered.
        ConversationContext? context = null;
        var answeredAny = false;
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (QuestionParser.Validate(line) is { } error)
            {
                Console.Error.WriteLine($"rolebot: {error}");
                continue;
            }

            var answer = Answer(knowledge, line, json, renderer, context);
            context = answer.Context;
            answeredAny |= answer.Answered;
        }

        return answeredAny ? 0 : 3;
    }

    private static Answer Answer(KnowledgeHost knowledge, string question, bool json, TerminalRenderer renderer, ConversationContext? context)
    {
        var answer = knowledge.Ask(question, context);
        if (json)
        {
            Console.Out.WriteLine(AnswerContract.From(answer).ToJson());
        }
        else
        {
            renderer.Write(answer);
        }

        return answer;
    }
}
