namespace Alignment.Core.Segmentation;

public enum ExcludedKind
{
    Dateline,
    Boilerplate,
    Separator,
}
