namespace RoleBot.Knowledge.Semantic;

/// <summary>Turns text into unit-length vectors whose dot product measures closeness of meaning.</summary>
public interface ITextEmbedder
{
    /// <summary>Short, stable name ("arctic-xs"); part of every cache key, so vectors of two models never mix.</summary>
    string ModelName { get; }

    int Dimensions { get; }

    /// <summary>Vectors for passages or sentences, in input order.</summary>
    float[][] EmbedDocuments(IReadOnlyList<string> texts, CancellationToken cancellation = default);

    /// <summary>The vector of a question (retrieval models encode queries with an instruction prefix).</summary>
    float[] EmbedQuery(string question);
}
