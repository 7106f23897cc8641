using RoleBot.Knowledge.Glossary;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>
/// "team lead vs officer": the line that names both sides must see a one-word role ("Officers", discovered from a
/// heading) written in it, or it never opens the comparison.
/// </summary>
public sealed class BothSidesLineTests
{
    [Theory]
    [InlineData("Officers", true)]
    [InlineData("Maintainer", true)]
    [InlineData("Committers", true)]
    [InlineData("Lead", false)]              // as often the verb ("lead the project")
    [InlineData("Leads", false)]
    [InlineData("DevOps", false)]            // no role noun
    [InlineData("Data Engineer", false)]     // two words: EndsInRoleNoun's case
    public void IsRoleNounName_OneWordThatIsARoleNoun(string name, bool expected) =>
        Assert.Equal(expected, RoleDiscovery.IsRoleNounName(name));
}
