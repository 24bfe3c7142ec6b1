using Alignment.Core.Gazetteer;

namespace Alignment.Core.Tests.Support;

/// <summary>A small gazetteer written for the entity tests: enough countries to swap, a capital, and related organisations.</summary>
internal static class Gazetteers
{
    public const string Small = """
        id,kind,english,korean,abbreviation,country
        kr,country,South Korea|South Korean|Korea|Korean,한국|대한민국,한|남,
        kr-capital,capital,Seoul,서울,,kr
        kr-busan,city,Busan,부산,,kr
        kr-jeju,city,Jeju,제주,,kr
        kr-daejeon,city,Daejeon,대전,,kr
        kr-daegu,city,Daegu,대구,,kr
        kr-cheongju,city,Cheongju,청주,,kr
        kr-chungbuk,city,North Chungcheong Province|North Chungcheong|Chungbuk,충청북도|충북,,kr
        kr-gyeongbuk,city,North Gyeongsang Province|North Gyeongsang,경상북도|경북,,kr
        kr-gyeongnam,city,South Gyeongsang Province|South Gyeongsang,경상남도|경남,,kr
        kr-gimpo,city,Gimpo,김포,,kr
        kr-dangjin,city,Dangjin,당진시|당진,,kr
        kr-yeongdeok,city,Yeongdeok,영덕군|영덕,,kr
        vn,country,Vietnam|Vietnamese,베트남,베,
        vn-capital,capital,Hanoi,하노이,,vn
        vn-ho-chi-minh-city,city,Ho Chi Minh City|Saigon,호찌민|호치민,,vn
        ca,country,Canada|Canadian,캐나다,,
        ca-capital,capital,Ottawa,오타와,,ca
        cn,country,China|Chinese,중국|中,중,
        cn-capital,capital,Beijing,베이징,,cn
        hong-kong,city,Hong Kong,홍콩,,cn
        sg,country,Singapore,싱가포르,,
        us,country,United States|U.S.|US|American,미국,미,
        us-new-york,city,New York,뉴욕,,us
        ch,country,Switzerland|Swiss,스위스,,
        ch-geneva,city,Geneva,제네바,,ch
        jp,country,Japan|Japanese,일본,일,
        ru,country,Russia|Russian,러시아,러,
        kp,country,North Korea|North Korean,북한|北,북,
        kp-capital,capital,Pyongyang,평양,,kp
        kp-kusong,city,Kusong,구성,,kp
        au,country,Australia|Australian,호주,호,
        at,country,Austria|Austrian,오스트리아,,
        il,country,Israel|Israeli,이스라엘,이,
        iq,country,Iraq|Iraqi,이라크,,
        un,organisation,United Nations|UN|U.N.,유엔|국제연합,,
        asean,organisation,ASEAN|Association of Southeast Asian Nations,아세안,,
        asean-regional-forum,organisation,ASEAN Regional Forum|ARF,아세안지역안보포럼,,
        east-sea,sea,East Sea,동해,,
        yellow-sea,sea,Yellow Sea|West Sea,서해|황해,,
        kbo-hanwha-eagles,organisation,Hanwha Eagles,한화 이글스|한화이글스,,
        kbo-samsung-lions,organisation,Samsung Lions,삼성 라이온즈|삼성라이온즈,,

        """;

    public static IReadOnlyList<GazetteerEntry> Entries()
    {
        using var temp = new TempFolder();
        return GazetteerLoader.Load(temp.Write("gazetteer.csv", Small));
    }
}
