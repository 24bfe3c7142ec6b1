using Alignment.Core.Findings;

namespace Alignment.Core.Checks;

/// <summary>A check is a plug-in: one sealed class, registered in <see cref="CheckRegistry"/>, chosen by <see cref="Id"/>.</summary>
public interface ICheck
{
    /// <summary><c>family.name</c>, families after MQM: terminology, accuracy, fluency, style, locale.</summary>
    string Id { get; }

    /// <summary>One sentence for rule listings (SARIF, --help).</summary>
    string Description { get; }

    IEnumerable<Finding> Run(DocumentContext context);
}
