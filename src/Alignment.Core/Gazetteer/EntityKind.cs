namespace Alignment.Core.Gazetteer;

public enum EntityKind
{
    Country,
    Capital,
    City,
    Region,
    Sea,
    Organisation,
}
