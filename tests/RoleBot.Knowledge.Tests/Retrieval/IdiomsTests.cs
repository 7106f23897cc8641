using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Retrieval;

public sealed class IdiomsTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("what's a mgr on the hook for?", "what's a mgr accountable for?")]
    [InlineData("how many sign-offs does a PR need?", "how many approvals does a PR need?")]
    [InlineData("who gets the last word on a pr?", "who makes the final decision on a pr?")]
    [InlineData("who decides when the maintainers are deadlocked?", "who decides when the maintainers cannot agree?")]
    [InlineData("who handles fires that kick off after hours?", "who handles incidents that start outside normal working hours?")]
    [InlineData("what's the deal with the secondary on-call?", "what about the secondary on-call?")]
    [InlineData("what does a devrel at acme do all day?", "what does a devrel at acme do?")]
    [InlineData("what would our EM spend their time on?", "what would our EM do?")]
    [InlineData("what does an ML dev (their MLE-ish role) do?", "what does an ML dev (their MLE role) do?")]
    [InlineData("what if prod goes sideways at night?", "what if prod goes wrong at night?")]
    [InlineData("should i pull the fire alarm?", "should i escalate an incident?")]
    [InlineData("does the EM carry the can?", "does the EM take responsibility?")]
    [InlineData("out of my depth on an alert, tough it out solo?", "stuck and need help on an alert, handle it alone without help?")]
    [InlineData("pull the plug and back it out?", "stop and revert it?")]
    [InlineData("a VP starts throwing their weight around", "a VP starts try to take over command")]
    [InlineData("is it a gold star for grinding out PRs?", "is it a reward for produce many PRs?")]
    [InlineData("i'm swamped, can i say no?", "i'm too busy, can i decline?")]
    [InlineData("how do you tell if a PM is crushing it?", "how do you tell if a PM is doing well?")]
    [InlineData("am i allowed to say no thanks?", "am i allowed to decline?")]
    [InlineData("can i say no to on-call?", "can i decline to on-call?")]
    [InlineData("how long do i hang out with each team?", "how long do i spend time with each team?")]
    [InlineData("spinning up a rotation, when does a page bump to the next person?", "set up a rotation, when does a page escalate to the next person?")]
    [InlineData("what gets you bumped up a level?", "what gets you bumped up a level?")]
    [InlineData("is the alarm clock broken?", "is the alarm clock broken?")]                    // no idiom: unchanged
    [InlineData("do staff engs still get their hands dirty?", "do staff engs still do hands-on technical work?")]
    [InlineData("who Calls The Shots on the roadmap", "who makes the final decisions on the roadmap")]
    [InlineData("is the MLE the one who keeps the lights on in prod?", "is the MLE the one who operate and maintain the systems reliably in prod?")]
    [InlineData("what if I'm in over my head", "what if I'm stuck and need help")]
    [InlineData("are internships a big deal for landing an MLE job?", "are internships important for landing an MLE job?")]
    [InlineData("if im in over my head on call should i pull someone else in?", "if im stuck and need help on call should i escalate to someone?")]
    [InlineData("how long does it take to ramp up?", "how long does it take to onboard?")]
    [InlineData("who's the go-to person for infra?", "who's the main contact for infra?")]
    [InlineData("when should I loop in the PM?", "when should I involve the PM?")]
    [InlineData("who posts to the status page mid-incident?", "who posts to the status page during the incident?")]
    [InlineData("is a mid-level eng on call?", "is a mid-level eng on call?")]
    [InlineData("who brings in new committers at apache?", "who adds new committers at apache?")]
    [InlineData("when do we bring on more reviewers?", "when do we add more reviewers?")]
    [InlineData("who pushes the model to prod, DS or MLE?", "who deploys the model to prod, DS or MLE?")]
    [InlineData("how do DS and MLE team up?", "how do DS and MLE collaborate?")]
    [InlineData("what does a data scientist do day to day", "what does a data scientist do daily")]
    [InlineData("should i still apply if i dont tick every requirement?", "should i still apply if i dont meet every requirement?")]
    [InlineData("where should i write stuff down so it doesnt get lost", "where should i document so it doesnt get lost")]
    [InlineData("what usually trips up MLEs at work?", "what usually challenge MLEs?")]
    [InlineData("what counts as toil around here", "what is toil")]
    [InlineData("so what qualifies as a sev1 round here?", "so what is a sev1?")]
    [InlineData("do we eat our own dogfood?", "do we use our own product?")]                  // one word or two
    [InlineData("do we eat our own dog food?", "do we use our own product?")]
    [InlineData("is dogfooding a thing here?", "is using our own product a thing here?")]
    [InlineData("i don't want to throw the baby out with the bathwater", "i don't want to lose what is valuable")]
    public void Rewrite_Idiom_PlainWords(string question, string plain) => Assert.Equal(plain, Idioms.Rewrite(question));

    [Theory]
    [InlineData("does an MLE need Spark?")]
    [InlineData("who owns the hooks in the webhook service?")]   // "hook" alone is not the idiom
    [InlineData("what does a data scientist do on their first day")]
    [InlineData("what's the big data stack?")]                   // "big" without "deal"
    [InlineData("can an EM fire someone?")]                      // the verb, not urgent breakages
    [InlineData("who writes the loop in the pipeline?")]         // "loop" without "in the loop"
    [InlineData("how do DS and MLE work together?")]
    [InlineData("should I push back on the PM?")]
    [InlineData("what happens at work experience week?")]        // "at work" not closing the question
    [InlineData("who hangs around here after the standup?")]      // "around here" not closing the question
    public void Rewrite_NoIdiom_Unchanged(string question) => Assert.Equal(question, Idioms.Rewrite(question));

    [Fact]
    public void Ask_IdiomForAHandsOnQuestion_FindsTheHandsOnWording()
    {
        var parsed = fixture.Knowledge.Parser.Parse("do MLEs get their hands dirty with production code?");

        Assert.Contains(parsed.Topic, t => t.Surface.Equals("hands-on", StringComparison.OrdinalIgnoreCase) || t.Surface.Equals("technical", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(parsed.Topic, t => t.Surface.Equals("dirty", StringComparison.OrdinalIgnoreCase));
    }
}
