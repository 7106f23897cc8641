using System.Globalization;
using System.Text;

namespace RoleBot.TestKit.Documents;

/// <summary>
/// PDFs written object by object, for what PdfPig's builder cannot make: an encrypted file whose user password is not
/// empty (so it opens only with a password).
/// </summary>
public static class RawPdf
{
    /// <summary>A one-page PDF with a Standard security handler entry that no empty password satisfies.</summary>
    public static byte[] PasswordProtected()
    {
        var content = "BT /F1 12 Tf 72 720 Td (Secret onboarding notes for new engineers.) Tj ET";
        var random = new Random(7);
        string Hex(int n) => Convert.ToHexString(Enumerable.Range(0, n).Select(_ => (byte)random.Next(256)).ToArray());
        return Assemble(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
                $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
                $"<< /Filter /Standard /V 1 /R 2 /O <{Hex(32)}> /U <{Hex(32)}> /P -44 >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ],
            $"/Root 1 0 R /Encrypt 5 0 R /ID [<{Hex(16)}> <{Hex(16)}>]");
    }

    private static byte[] Assemble(IReadOnlyList<string> objects, string trailer)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
