namespace Alignment.Core.Checks.Terminology;

/// <summary>A Korean person's name in the Korean text: 한서준 is surname 한 and given name 서준.</summary>
internal sealed record KoreanName(int Start, int End, string Surname, string Given)
{
    public string Name => Surname + Given;
}
