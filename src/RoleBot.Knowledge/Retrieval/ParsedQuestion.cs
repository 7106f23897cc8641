using RoleBot.Knowledge.Glossary;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>A topic term of a question: the analysed term and the word(s) the user wrote.</summary>
public sealed record QueryTerm(string Term, string Surface, int Start, int End)
{
    /// <summary>For a synonym concept: the terms of the words as asked ("kafka" for ~kafka), which rank above mere synonyms.</summary>
    public IReadOnlyList<string> Exact { get; init; } = [];
}

/// <summary>A question as RoleBot understood it: its shape, the roles it asks about and the topic terms.</summary>
public sealed record ParsedQuestion(
    string Original,
    string Corrected,
    QuestionShape Shape,
    IReadOnlyList<RoleDefinition> Roles,
    IReadOnlyList<QueryTerm> Topic,
    bool Negated)
{
    /// <summary>The topic as the user wrote it ("Spark", "feature engineering"), or empty.</summary>
    public string TopicText { get; init; } = "";

    public bool IsFollowUp { get; init; }

    /// <summary>
    /// What the meaning vector is computed from: the corrected question with each role as its full name ("MLE" →
    /// "ML engineer"), so an acronym the model never saw reads like the role it stands for.
    /// </summary>
    public string SemanticText { get; init; } = "";

    /// <summary>Phrases that name a role the glossary does not know ("a scrum master", "an SRE"), as written.</summary>
    public IReadOnlyList<string> OtherRoles { get; init; } = [];

    /// <summary>
    /// Words of an overview question that only name documents ("at gitlab" in "what does a DE do at gitlab?"): not topic,
    /// yet the passages of the documents they name are the ones asked about.
    /// </summary>
    public IReadOnlyList<string> DocumentWords { get; init; } = [];

    /// <summary>The role the asker says they are ("i'm a dev, which role …"): where they stand, not an answer (null: none).</summary>
    public string? AskersRole { get; init; }

    /// <summary>Known roles narrowed by a word outside their name ("blockchain developer"), with that word.</summary>
    public IReadOnlyList<(string Qualifier, string Phrase)> QualifiedRoles { get; init; } = [];

    /// <summary>"how long", "how often", "how many": the answer is an amount, so a sentence that states one is likelier to be it.</summary>
    public bool AsksAmount { get; init; }

    /// <summary>"what's a deputy?": the answer says what the thing is, the way documents define one ("A deputy is a …").</summary>
    public bool AsksDefinition { get; init; }

    /// <summary>"what does a PMC do?" about something that is no known role: a sentence opening with it says what it does.</summary>
    public bool AsksWhatItDoes { get; init; }

    /// <summary>"Should I become X or Y?": the asker is choosing a career path, so comparisons lead with that.</summary>
    public bool AsksCareerChoice { get; init; }
}
