namespace Alignment.Core.Gazetteer;

public enum EntityKind
{
    Country,
    Capital,
    Region,
    Sea,
    Organisation,
}
