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
    [InlineData(new[] { "senior" }, true)]
    [InlineData(new[] { "II" }, true)]
    [InlineData(new[] { "level", "3" }, true)]
    [InlineData(new[] { "lvl", "III" }, true)]
    [InlineData(new[] { "IC", "5" }, true)]             // "IC 5", as some ladders write it
    [InlineData(new[] { "ic-5" }, true)]                // "ic5" after spelling correction split it like "SEV-1"
    [InlineData(new[] { "data", "engineer" }, false)]
    public void AreLevel_LevelWordsNumbersOrNumberedLevels(string[] words, bool expected) => Assert.Equal(expected, LevelWords.AreLevel(words));
}
