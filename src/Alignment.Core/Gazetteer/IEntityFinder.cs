namespace Alignment.Core.Gazetteer;

/// <summary>Finds gazetteer entities in one language's text; each language profile makes its own.</summary>
public interface IEntityFinder
{
    /// <summary>Entities in <c>text[from..to]</c>, with offsets into <paramref name="text"/>.</summary>
    IEnumerable<EntityMention> Find(string text, int from, int to);
}
