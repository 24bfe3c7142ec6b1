using Alignment.Core.Languages;

namespace Alignment.Core.Glossary;

/// <summary>A glossary entry with its terms compiled for the source and target languages.</summary>
public sealed record CompiledEntry(GlossaryEntry Entry, IReadOnlyList<TermPattern> Sources, IReadOnlyList<TermPattern> Targets, IReadOnlyList<TermPattern> Forbidden);
