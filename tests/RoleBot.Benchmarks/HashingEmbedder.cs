using System.IO.Hashing;
using System.Numerics.Tensors;
using System.Text;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Benchmarks;

/// <summary>
/// Deterministic unit vectors from a text's hash, for synthetic corpora of 100k passages: search and ranking cost the
/// same whatever the vectors hold, and embedding 600k texts with the real model would take hours. The real model's cost
/// per question is measured on the default knowledge.
/// </summary>
internal sealed class HashingEmbedder : ITextEmbedder
{
    public string ModelName => "hashing-bench";

    public int Dimensions => 384;

    public float[][] EmbedDocuments(IReadOnlyList<string> texts, CancellationToken cancellation = default) =>
        texts.Select(Vector).ToArray();

    public float[] EmbedQuery(string question) => Vector(question);

    private float[] Vector(string text)
    {
        var random = new Random((int)XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(text)));
        var vector = new float[Dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        var norm = TensorPrimitives.Norm(vector);
        TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }
}
