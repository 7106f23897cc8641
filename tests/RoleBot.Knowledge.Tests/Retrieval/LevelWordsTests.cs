using RoleBot.Knowledge.Glossary;

namespace RoleBot.Knowledge.Tests.Retrieval;

public sealed class LevelWordsTests
{
    [Theory]
    [InlineData("2", 2)]
    [InlineData("II", 2)]
    [InlineData("iii", 3)]
    [InlineData("XII", 12)]
    [InlineData("13", null)]
    [InlineData("0", null)]
    [InlineData("MIX", null)]
    [InlineData("senior", null)]
    public void Number_DigitsOrRomanNumerals_UpToTwelve(string word, int? expected) => Assert.Equal(expected, LevelWords.Number(word));

    [Theory]
    [InlineData("Product manager II", 2, true)]
    [InlineData("Product manager II", 1, false)]
    [InlineData("Level III", 3, true)]
    [InlineData("Level III", 2, false)]
    [InlineData("Engineer 2", 2, true)]
    [InlineData("Engineer 12", 2, false)]
    [InlineData("IC2", 2, false)]
    public void Names_TheNumberAsAWordOfTheHeading(string heading, int number, bool expected) =>
        Assert.Equal(expected, LevelWords.Names(heading, number));

    [Theory]
    [InlineData("Senior Engineer (IC 5)", "ic5", true)]
    [InlineData("Senior Engineer (IC5)", "ic5", true)]
    [InlineData("Senior Engineer (IC-5)", "ic5", true)]
    [InlineData("Staff Engineer (IC 6)", "ic5", false)]
    [InlineData("Senior Engineer (IC 15)", "ic5", false)]
    [InlineData("L4 Lead Analyst", "l4", true)]
    [InlineData("Senior Engineer", "senior", false)]
    public void NamesCoded_TheLevelHoweverTheHeadingSpacesIt(string heading, string level, bool expected) =>
        Assert.Equal(expected, LevelWords.NamesCoded(heading, level));

    [Theory]
    [InlineData("senior IC-5", "senior IC5")]
    [InlineData("IC 5 vs L 4", "IC5 vs L4")]
    [InlineData("PM 2", "PM 2")]                           // no coded level: a role's number stays apart
    [InlineData("level 3", "level 3")]
    public void Glued_CodedLevelsAsOneWord(string words, string glued) => Assert.Equal(glued, LevelWords.Glued(words));

    [Theory]
    [InlineData(new[] { "senior" }, true)]
    [InlineData(new[] { "II" }, true)]
    [InlineData(new[] { "level", "3" }, true)]
    [InlineData(new[] { "lvl", "III" }, true)]
    [InlineData(new[] { "IC", "5" }, true)]             // "IC 5", as some ladders write it
    [InlineData(new[] { "ic-5" }, true)]                // "ic5" after spelling correction split it like "SEV-1"
    [InlineData(new[] { "data", "engineer" }, false)]
    public void AreLevel_LevelWordsNumbersOrNumberedLevels(string[] words, bool expected) => Assert.Equal(expected, LevelWords.AreLevel(words));
}
