using System.Numerics.Tensors;

namespace RoleBot.Knowledge.Semantic;

/// <summary>
/// Unit-length vectors in one contiguous array; cosine similarity is a dot product. A brute-force scan with SIMD
/// (<see cref="TensorPrimitives"/>) takes a few milliseconds at 100k passages, so no approximate index is needed.
/// </summary>
public sealed class VectorMatrix
{
    private readonly float[] _data;

    public VectorMatrix(IReadOnlyList<float[]> rows, int dimensions)
    {
        Dimensions = dimensions;
        Count = rows.Count;
        _data = new float[(long)rows.Count * dimensions];
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].AsSpan().CopyTo(_data.AsSpan(i * dimensions, dimensions));
        }
    }

    /// <summary>A matrix of <paramref name="count"/> zero rows, filled through <see cref="RowMemory"/> (no second copy of the rows).</summary>
    public VectorMatrix(int count, int dimensions)
    {
        Dimensions = dimensions;
        Count = count;
        _data = new float[(long)count * dimensions];
    }

    /// <summary>Row <paramref name="i"/> itself, to fill while building and to write to the vector cache.</summary>
    internal Memory<float> RowMemory(int i) => _data.AsMemory(i * Dimensions, Dimensions);

    public int Dimensions { get; }

    public int Count { get; }

    public ReadOnlySpan<float> Row(int i) => _data.AsSpan(i * Dimensions, Dimensions);

    public float Similarity(int i, ReadOnlySpan<float> query) => TensorPrimitives.Dot(Row(i), query);

    /// <summary>
    /// The best similarity of each query to any row (0 for an empty matrix), in one pass over the rows: each row is read
    /// from memory once for all queries, where a scan per query read the whole matrix again each time.
    /// </summary>
    public float[] BestSimilarities(IReadOnlyList<float[]> queries)
    {
        var best = new float[queries.Count];
        if (Count == 0)
        {
            return best;
        }

        best.AsSpan().Fill(float.NegativeInfinity);
        for (var i = 0; i < Count; i++)
        {
            var row = Row(i);
            for (var q = 0; q < queries.Count; q++)
            {
                best[q] = Math.Max(best[q], TensorPrimitives.Dot(row, queries[q]));
            }
        }

        return best;
    }

    /// <summary>The <paramref name="k"/> rows closest to <paramref name="query"/> among those <paramref name="allowed"/> accepts (all when null), best first.</summary>
    public List<(int Row, float Similarity)> Nearest(ReadOnlySpan<float> query, int k, Func<int, bool>? allowed = null)
    {
        k = Math.Min(k, Count);
        var best = new PriorityQueue<int, float>(k + 1);
        for (var i = 0; i < Count; i++)
        {
            if (allowed is not null && !allowed(i))
            {
                continue;
            }

            var similarity = Similarity(i, query);
            if (best.Count < k)
            {
                best.Enqueue(i, similarity);
            }
            else if (best.TryPeek(out _, out var worst) && similarity > worst)
            {
                best.DequeueEnqueue(i, similarity);
            }
        }

        var result = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var row, out var similarity))
        {
            result.Add((row, similarity));
        }

        result.Reverse();
        return result;
    }
}
