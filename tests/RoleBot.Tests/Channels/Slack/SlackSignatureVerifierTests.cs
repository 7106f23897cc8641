using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoleBot.Channels.Slack;

namespace RoleBot.Tests.Channels.Slack;

public sealed class SlackSignatureVerifierTests
{
    // Slack's published example (api.slack.com "Verifying requests from Slack").
    private const string VectorSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string VectorTimestamp = "1531420618";
    private const string VectorBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string VectorSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static (SlackSignatureVerifier Verifier, FakeTimeProvider Time) Create(string? secret = VectorSecret, bool allowUnsigned = false, int nowMinusTimestamp = 0)
    {
        var timestamp = long.Parse(VectorTimestamp, System.Globalization.CultureInfo.InvariantCulture);
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(timestamp + nowMinusTimestamp));
        var options = Options.Create(new SlackOptions { SigningSecret = secret, DangerouslyAllowUnsignedRequests = allowUnsigned });
        return (new SlackSignatureVerifier(options, time), time);
    }

    [Fact]
    public void Compute_SlackPublishedVector_MatchesExpectedSignature() =>
        Assert.Equal(VectorSignature, SlackSignatureVerifier.Compute(VectorSecret, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)));

    [Fact]
    public void Verify_SlackPublishedVector_Accepts()
    {
        var (verifier, _) = Create();
        Assert.Null(verifier.Verify(VectorTimestamp, VectorSignature, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-300, true)]
    [InlineData(-301, false)]
    public void Verify_TimestampOffset_AcceptsOnlyWithinFiveMinutes(int secondsFromNow, bool accepted)
    {
        var (verifier, _) = Create(nowMinusTimestamp: -secondsFromNow);
        var result = verifier.Verify(VectorTimestamp, VectorSignature, Encoding.UTF8.GetBytes(VectorBody));
        Assert.Equal(accepted, result is null);
    }

    [Fact]
    public void Verify_BodyChangedByOneByte_Rejects()
    {
        var (verifier, _) = Create();
        Assert.NotNull(verifier.Verify(VectorTimestamp, VectorSignature, Encoding.UTF8.GetBytes(VectorBody.Replace("foobar", "foobaz", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData(null, VectorSignature)]
    [InlineData(VectorTimestamp, null)]
    [InlineData("", "")]
    [InlineData("not-a-number", VectorSignature)]
    [InlineData(VectorTimestamp, "v0=deadbeef")]
    [InlineData(VectorTimestamp, "V0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    public void Verify_MissingOrWrongHeaders_Rejects(string? timestamp, string? signature)
    {
        var (verifier, _) = Create();
        Assert.NotNull(verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Fact]
    public void Verify_NoSecretConfigured_FailsClosed()
    {
        var (verifier, _) = Create(secret: null);
        Assert.Contains("SigningSecret", verifier.Verify(VectorTimestamp, VectorSignature, Encoding.UTF8.GetBytes(VectorBody)), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NoSecretWithDevSwitch_AcceptsUnsigned()
    {
        var (verifier, _) = Create(secret: null, allowUnsigned: true);
        Assert.Null(verifier.Verify(null, null, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Fact]
    public void Verify_SecretSetAndDevSwitchOn_StillRequiresSignature()
    {
        var (verifier, _) = Create(allowUnsigned: true);
        Assert.NotNull(verifier.Verify(null, null, Encoding.UTF8.GetBytes(VectorBody)));
    }
}
