using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RoleBot.TestKit.BotFramework;

/// <summary>A throwaway self-signed certificate for 127.0.0.1 and an HTTP handler that trusts exactly that certificate.</summary>
public sealed class LocalHttps : IDisposable
{
    public LocalHttps()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Trusts this certificate only; every other TLS peer fails as usual.</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var hash = Certificate.GetCertHashString();
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, cert, _, errors) =>
                    errors == SslPolicyErrors.None || string.Equals(cert?.GetCertHashString(), hash, StringComparison.OrdinalIgnoreCase),
            },
        };
    }

    public void Dispose() => Certificate.Dispose();
}
