using Microsoft.Extensions.Options;

namespace RoleBot.Experts;

/// <summary>
/// Experts in the loop, platform-neutral: routes an asker's question to the owner or experts channel (Slack or Teams),
/// relays the expert's reply back credited to them, saves it as a curated answer, and times out hand-offs nobody
/// answers. Every step is stored; a platform that fails falls back to the next one, and if none works the asker is told
/// and the question is kept (state undelivered).
/// </summary>
public sealed partial class HandoffService(
    IHandoffStore store,
    ICuratedAnswerSink curated,
    ExpertRouter router,
    IEnumerable<IHandoffCourier> couriers,
    Knowledge.KnowledgeHost knowledge,
    IOptions<ExpertsOptions> options,
    TimeProvider time,
    ILogger<HandoffService> logger)
{
    /// <summary>A second click on "Ask an expert" for the same question within this time reuses the open hand-off.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(30);

    public async Task<HandoffStart> StartAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (request.AskerId is not null)
        {
            var open = await store.ListAsync(100, HandoffState.Open, cancellationToken);
            if (open.FirstOrDefault(h => h.AskerId == request.AskerId && h.AskerChannel == request.AskerChannel
                && string.Equals(h.Question, request.Question.Trim(), StringComparison.OrdinalIgnoreCase) && now - h.CreatedAt < RepeatWindow) is { } repeat)
            {
                await TellAskerAsync(repeat with { Asker = request.Asker }, AskerNotice.Confirmation(HandoffMessages.AlreadyAsked), cancellationToken);
                return new HandoffStart(repeat, HandoffMessages.AlreadyAsked);
            }
        }

        var route = router.Route(request.Question, request.PassageIds);
        var handoff = new Handoff
        {
            Id = Guid.NewGuid().ToString("N"),
            CreatedAt = now,
            Question = request.Question.Trim(),
            Reason = request.Reason,
            AskerChannel = request.AskerChannel,
            AskerId = request.AskerId,
            AskerName = request.AskerName,
            Asker = request.Asker,
            PassageIds = request.PassageIds,
            Experts = route.Experts.Select(e => e.Name).ToList(),
            Route = route.Reason,
            State = HandoffState.Open,
        };
        handoff = handoff with { LinkBack = request.LinkBack ?? InsightsLink(handoff.Id) };

        HandoffAddress? target = null;
        foreach (var courier in Ordered(request.Asker))
        {
            target = await TryPostAsync(courier, handoff, route, cancellationToken);
            if (target is not null)
            {
                break;
            }
        }

        handoff = target is null
            ? handoff with { State = HandoffState.Undelivered, Note = NoteFor(route) }
            : handoff with { Target = target };
        await store.AddAsync(handoff, cancellationToken);
        LogStarted(logger, handoff.Id, handoff.AskerChannel, handoff.Target?.Describe() ?? "nowhere", handoff.State.ToString());

        var message = target is null ? HandoffMessages.Undelivered : HandoffMessages.Sent(handoff);
        await TellAskerAsync(handoff, AskerNotice.Confirmation(message), cancellationToken);
        return new HandoffStart(handoff, message);
    }

    /// <summary>An expert's reply: stored, relayed to the asker credited to the expert (also after a timeout: nothing is lost).</summary>
    public async Task<(RelayOutcome Outcome, Handoff? Handoff)> AnswerAsync(string handoffId, string? expertId, string? expertName, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (RelayOutcome.Empty, await store.GetAsync(handoffId, cancellationToken));
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await store.GetAsync(handoffId, cancellationToken);
            if (current is null)
            {
                return (RelayOutcome.NotFound, null);
            }

            if (current.State == HandoffState.Answered)
            {
                return (RelayOutcome.AlreadyAnswered, current);
            }

            var next = current with
            {
                State = HandoffState.Answered,
                ExpertId = expertId,
                ExpertName = expertName,
                AnswerText = HandoffMessages.ClipAnswer(text),
                AnsweredAt = time.GetUtcNow(),
                Version = current.Version + 1,
            };
            if (await store.TryReplaceAsync(next, current.Version, cancellationToken))
            {
                LogAnswered(logger, next.Id, next.AskerChannel);
                await TellAskerAsync(next, AskerNotice.Answer, cancellationToken);
                await ConfirmToExpertsAsync(next, cancellationToken);
                return (RelayOutcome.Relayed, next);
            }
        }

        return (RelayOutcome.AlreadyAnswered, await store.GetAsync(handoffId, cancellationToken));
    }

    public async Task<(SaveOutcome Outcome, Handoff? Handoff)> SaveAsync(string handoffId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await store.GetAsync(handoffId, cancellationToken);
            if (current is null)
            {
                return (SaveOutcome.NotFound, null);
            }

            if (current.State != HandoffState.Answered || current.AnswerText is null)
            {
                return (SaveOutcome.NotAnswered, current);
            }

            if (current.Saved)
            {
                return (SaveOutcome.AlreadySaved, current);
            }

            var next = current with { Saved = true, Version = current.Version + 1 };
            if (await store.TryReplaceAsync(next, current.Version, cancellationToken))
            {
                await curated.SaveAsync(new CuratedAnswer(
                    "handoff-" + current.Id,
                    [current.Question],
                    current.AnswerText,
                    current.ExpertName ?? "an expert",
                    time.GetUtcNow(),
                    Sources(current.PassageIds),
                    current.Id), cancellationToken);
                return (SaveOutcome.Saved, next);
            }
        }

        return (SaveOutcome.AlreadySaved, await store.GetAsync(handoffId, cancellationToken));
    }

    /// <summary>Marks open hand-offs older than Experts:ReminderHours timed out and tells each asker politely.</summary>
    public async Task<int> TimeOutOverdueAsync(CancellationToken cancellationToken)
    {
        var after = options.Value.ReminderAfter;
        var now = time.GetUtcNow();
        var count = 0;
        foreach (var handoff in await store.ListAsync(ExpertsOptions.MaxTimeoutsPerCheck, HandoffState.Open, cancellationToken))
        {
            if (now - handoff.CreatedAt < after)
            {
                continue;
            }

            var next = handoff with { State = HandoffState.TimedOut, TimedOutAt = now, Version = handoff.Version + 1 };
            if (await store.TryReplaceAsync(next, handoff.Version, cancellationToken))
            {
                count++;
                LogTimedOut(logger, handoff.Id, after.TotalHours);
                await TellAskerAsync(next, AskerNotice.Confirmation(HandoffMessages.TimedOut(next, after)), cancellationToken);
            }
        }

        return count;
    }

    public Task<Handoff?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    public Task<Handoff?> FindByTargetAsync(string targetKey, CancellationToken cancellationToken) => store.FindByTargetAsync(targetKey, cancellationToken);

    /// <summary>The asker's own platform first, then the others.</summary>
    private IEnumerable<IHandoffCourier> Ordered(HandoffAddress asker) =>
        couriers.OrderBy(c => c.Platform == asker.Platform ? 0 : 1).ThenBy(c => c.Platform, StringComparer.Ordinal);

    private async Task<HandoffAddress?> TryPostAsync(IHandoffCourier courier, Handoff handoff, ExpertRouteChoice route, CancellationToken cancellationToken)
    {
        try
        {
            return await courier.PostQuestionAsync(handoff, route, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPostFailed(logger, handoff.Id, courier.Platform, ex.GetType().Name, ex.Message);
            return null;
        }
    }

    private async Task TellAskerAsync(Handoff handoff, AskerNotice notice, CancellationToken cancellationToken)
    {
        var courier = couriers.FirstOrDefault(c => c.Platform == handoff.Asker.Platform);
        if (courier is null)
        {
            return;                                   // the playground polls for its hand-offs
        }

        try
        {
            await courier.TellAskerAsync(handoff, notice, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Stored either way: the answer is in the store, the report and the insights page.
            LogTellFailed(logger, handoff.Id, ex.GetType().Name, ex.Message);
        }
    }

    private async Task ConfirmToExpertsAsync(Handoff handoff, CancellationToken cancellationToken)
    {
        if (handoff.Target is { } target && couriers.FirstOrDefault(c => c.Platform == target.Platform) is { } courier)
        {
            try
            {
                await courier.ConfirmToExpertsAsync(handoff, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTellFailed(logger, handoff.Id, ex.GetType().Name, ex.Message);
            }
        }
    }

    private static string NoteFor(ExpertRouteChoice route) => route.SlackChannel is null && route.TeamsChannel is null && route.Experts.All(e => e.SlackUserId is null)
        ? "no experts channel or expert is configured for this question"
        : "the experts channel could not be reached (see the log)";

    private List<string> Sources(IReadOnlyList<string> passageIds) => knowledge.IsLoaded
        ? passageIds.Select(id => knowledge.Current.Passages.FirstOrDefault(p => p.Id == id)?.SourcePath).OfType<string>().Distinct().ToList()
        : passageIds.Select(id => id.Split('#')[0]).Distinct().ToList();

    private string? InsightsLink(string? id) => options.Value.PublicBaseUrl is { } baseUrl && id is not null
        ? new Uri(baseUrl, "/insights#handoff-" + id).AbsoluteUri
        : null;
}
