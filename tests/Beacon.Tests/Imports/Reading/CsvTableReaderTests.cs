using System.Text;
using Beacon.Tests.Features.Imports;
using Beacon.Web.Imports;
using Beacon.Web.Imports.Reading;

namespace Beacon.Tests.Imports.Reading;

public class CsvTableReaderTests
{
    private static (ImportTable? Table, List<ImportProblem> Problems) Read(byte[] bytes)
    {
        var problems = new List<ImportProblem>();
        return (CsvTableReader.Read("test.csv", bytes, problems), problems);
    }

    [Fact]
    public void Read_BomQuotedCommasAndLineBreaks_ReadsValuesWithTheLineEachRecordStartsOn()
    {
        var (table, problems) = Read(ImportFiles.Bytes("schools-valid.csv"));

        Assert.Empty(problems);
        Assert.Equal("school_id", table!.Headers[0]);
        Assert.Equal([2, 4, 5], table.Rows.Select(r => r.Line));
        Assert.Equal("12 Main Street,\nSuite 4, Riverside", table.Rows[0][table.Column("address")]);
        Assert.Equal("Birch Hill Middle School, West", table.Rows[1][table.Column("name")]);
        Assert.Equal("1 \"Cedar\" Way", table.Rows[2][table.Column("address")]);
        Assert.Equal("", table.Rows[1][table.Column("english_learner_percent")]);
    }

    [Fact]
    public void Read_ColumnLookup_IgnoresCaseAndReportsAbsentColumns()
    {
        var (table, _) = Read(ImportFiles.Utf8("School_ID,Name\nS1,Alder\n"));

        Assert.True(table!.Column("school_id").Present);
        Assert.False(table.Column("address").Present);
        Assert.Equal("", table.Rows[0][table.Column("address")]);
    }

    [Fact]
    public void Read_BlankLinesAndEmptyRows_AreSkippedWithoutShiftingLineNumbers()
    {
        var (table, problems) = Read(ImportFiles.Utf8("a,b\r\n1,2\r\n\r\n,\r\n3,4\r\n"));

        Assert.Empty(problems);
        Assert.Equal([2, 5], table!.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n,,\r\n")]
    public void Read_EmptyFile_SaysLineOneIsEmpty(string text)
    {
        var (table, problems) = Read(ImportFiles.Utf8(text));

        Assert.Null(table);
        var problem = Assert.Single(problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("empty", problem.Reason);
    }

    [Fact]
    public void Read_Utf16File_RefusedWithHowToSaveIt()
    {
        var (table, problems) = Read(ImportFiles.Utf16("schools-valid.csv"));

        Assert.Null(table);
        var problem = Assert.Single(problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("UTF-16", problem.Reason);
        Assert.Contains("CSV UTF-8", problem.Reason);
    }

    [Fact]
    public void Read_Utf16WithoutBom_RefusedBecauseOfNulCharacters()
    {
        var (table, problems) = Read(Encoding.Unicode.GetBytes("school_id,name\nS1,Alder\n"));

        Assert.Null(table);
        Assert.Contains("NUL", Assert.Single(problems).Reason);
    }

    [Fact]
    public void Read_Latin1Bytes_NamesTheLineOfTheFirstBadByte()
    {
        var (table, problems) = Read(ImportFiles.Latin1("school_id,name\nS1,Alder\nS2,Mérida Elementary\n"));

        Assert.Null(table);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("0xE9", problem.Reason);
    }

    [Fact]
    public void Read_SemicolonSeparated_SaysToSaveWithCommas()
    {
        var (table, problems) = Read(ImportFiles.Bytes("broken/schools-semicolons.csv"));

        Assert.Null(table);
        Assert.Contains("semicolons", Assert.Single(problems).Reason);
    }

    [Fact]
    public void Read_StrayQuote_NamesTheLine()
    {
        var (_, problems) = Read(ImportFiles.Utf8("a,b\n1,2\n3,ab\"c\n"));

        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("double quote", problem.Reason);
    }

    [Fact]
    public void Read_UnterminatedQuote_NamesTheLineWhereItOpens()
    {
        var (_, problems) = Read(ImportFiles.Bytes("broken/schools-unterminated-quote.csv"));

        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("never closed", problem.Reason);
    }

    [Fact]
    public void Read_MoreValuesThanColumns_SaysToQuoteCommas()
    {
        var (_, problems) = Read(ImportFiles.Utf8("a,b\n1,2\n3,4,5\n6,7,\n"));

        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("double quotes", problem.Reason);
    }

    [Fact]
    public void Read_DuplicateHeader_NamesTheColumn()
    {
        var (_, problems) = Read(ImportFiles.Utf8("name,Name\nA,B\n"));

        var problem = Assert.Single(problems);
        Assert.Equal((1, "name"), (problem.Line, problem.Column));
    }
}
