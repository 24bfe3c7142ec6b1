using System.Text;
using Alignment.Core.Reporting;
using Alignment.Core.Text;

namespace Alignment.Core.Tests.Reporting;

/// <summary>Reports read back as spreadsheets save them, and baselines that are not reports refused by name.</summary>
public sealed class ReportReadingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("alignment-read-").FullName;

    [Fact]
    public void Should_name_the_line_each_row_starts_on_across_multi_line_cells()
    {
        var path = Write("r.csv", "id,check,found\r\na1,x,\"two\nlines\"\r\nb2,y,one\r\n", new UTF8Encoding(true));

        var rows = ReportCsvReader.Read(path, "id");

        rows.Select(r => (r.Line, r["id"])).ShouldBe([(2, "a1"), (4, "b2")]);
        rows[0]["found"].ShouldBe("two\nlines");
    }

    [Fact]
    public void Should_read_a_semicolon_separated_report_as_some_spreadsheets_save_it()
    {
        var path = Write("r.csv", "id;check;status\na1;x;accepted\n", new UTF8Encoding(false));

        ReportCsvReader.Read(path, "status").Single()["status"].ShouldBe("accepted");
    }

    [Fact]
    public void Should_take_the_ids_of_a_csv_or_json_baseline()
    {
        var csv = Write("b.csv", "id,document,check\na1,d,x\nb2,d,y\n", new UTF8Encoding(false));
        var json = Write("b.json", "{ \"summary\": {}, \"findings\": [ { \"id\": \"c3\" } ] }", new UTF8Encoding(false));

        BaselineFile.LoadIds(csv).ShouldBe(["a1", "b2"], ignoreOrder: true);
        BaselineFile.LoadIds(json).ShouldBe(["c3"]);
    }

    [Theory]
    [InlineData("x.csv", "name,age\nbob,3\n", "'id'")]
    [InlineData("x.json", "{ \"findings\": 3 }", "findings")]
    [InlineData("x.json", "{ \"findings\": [ {} ] }", "id")]
    [InlineData("x.json", "{ nope", "JSON")]
    public void Should_refuse_a_baseline_that_is_not_a_report_naming_it(string name, string content, string mention)
    {
        var path = Write(name, content, new UTF8Encoding(false));

        var error = Should.Throw<InputException>(() => BaselineFile.LoadIds(path));

        error.File.ShouldBe(path);
        error.Message.ShouldContain(mention);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, encoding);
        return path;
    }
}
