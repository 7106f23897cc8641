using RoleBot.Knowledge.Answers;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>Menu and heading lines kept as text ("Dropbox Engineering Career Framework") are not a level's opening line.</summary>
public sealed class TitleLikeLineTests
{
    [Theory]
    [InlineData("Dropbox Engineering Career Framework", true)]
    [InlineData("IC1 Software Engineer", true)]
    [InlineData("Clarifications & Myths", true)]
    [InlineData("Head of Data and Analytics", true)]
    [InlineData("I own and deliver projects in service of quarterly goals", false)]
    [InlineData("Impact: Deliver projects with high technical risk.", false)]
    [InlineData("Scope Area of ownership", false)]
    [InlineData("Overview", false)]
    [InlineData("", false)]
    public void IsTitleLike_EveryWordCapitalisedAndNoClosingPunctuation(string line, bool titleLike) =>
        Assert.Equal(titleLike, ExcerptPicker.IsTitleLike(line));
}
