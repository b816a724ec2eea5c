using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using Beacon.Tests.Infrastructure;
using Beacon.Web.Identity;
using Beacon.Web.Imports;
using Microsoft.EntityFrameworkCore;
using static Beacon.Tests.Features.Imports.ImportTestData;

namespace Beacon.Tests.Features.Imports;

/// <summary>Memory is measured for the whole test process, so these tests run alone.</summary>
[CollectionDefinition(nameof(MemoryMeasuredCollection), DisableParallelization = true)]
public sealed class MemoryMeasuredCollection;

[Trait("Category", "Database")]
[Collection(nameof(MemoryMeasuredCollection))]
public class ArchiveBombTests(BeaconFactory factory) : IClassFixture<BeaconFactory>
{
    private const long MostGrowth = 256L * 1024 * 1024;

    /// <summary>A workbook of about 2 MB whose one cell is 2 GiB of the letter A once unpacked; made once, streamed, never held whole.</summary>
    private static readonly Lazy<byte[]> Bomb = new(() =>
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Part("[Content_Types].xml",
                """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part("_rels/.rels",
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml",
                """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Schools" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels",
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"""u8);
            var letters = new byte[1024 * 1024];
            Array.Fill(letters, (byte)'A');
            for (var i = 0; i < 2048; i++)
            {
                sheet.Write(letters);
            }
            sheet.Write("""</t></is></c></row></sheetData></worksheet>"""u8);
        }
        return file.ToArray();
    });

    [Fact]
    public void Bomb_AsMade_IsSmallAndUnpacksToGigabytes()
    {
        Assert.InRange(Bomb.Value.Length, 1, 4 * 1024 * 1024);
        using var zip = new ZipArchive(new MemoryStream(Bomb.Value), ZipArchiveMode.Read);
        Assert.True(zip.GetEntry("xl/worksheets/sheet1.xml")!.Length > 2L * 1024 * 1024 * 1024);
    }

    [Fact]
    public async Task ApiDryRun_XlsxBomb_Answers422WithAMessageAndMemoryStaysLow()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        var bomb = Bomb.Value;

        var (response, growth) = await MeasureAsync(() => PostAsync(client, "schools", bomb, ImportUpload.XlsxType, "?dryRun=true"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = Assert.Single((await ReadAsync(response)).Problems);
        Assert.Contains("once unpacked", problem.Reason);
        Assert.True(growth < MostGrowth, $"The process grew by {growth / (1024 * 1024)} MiB reading a 2 MB workbook.");
    }

    [Fact]
    public async Task PageUpload_XlsxBomb_RefusedWithAMessageNothingStoredAndMemoryStaysLow()
    {
        var district = await factory.CreateDistrictAsync();
        using var client = await BrowserlessClient.SignedInAsync(factory, await factory.CreateAccountAsync(district, Roles.DistrictAdministrator));
        var bomb = Bomb.Value;
        var token = await client.TokenFromAsync("/Imports");

        var (response, growth) = await MeasureAsync(() =>
        {
            var form = Upload(ImportKind.Schools, ("schools.xlsx", bomb));
            form.Add(new StringContent(token), "__RequestVerificationToken");
            return client.Http.PostAsync("/Imports", form);
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("once unpacked, more than Beacon takes", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(0, await factory.InScopeAsync(district.Id, (_, db) => db.ImportRuns.CountAsync()));
        Assert.True(growth < MostGrowth, $"The process grew by {growth / (1024 * 1024)} MiB reading a 2 MB workbook.");
    }

    /// <summary>Runs <paramref name="work"/> while sampling the managed heap and the working set; the growth is the larger peak over where they started.</summary>
    private static async Task<(T Result, long Growth)> MeasureAsync<T>(Func<Task<T>> work)
    {
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var setBefore = process.WorkingSet64;
        long heapPeak = heapBefore, setPeak = setBefore;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
                process.Refresh();
                setPeak = Math.Max(setPeak, process.WorkingSet64);
                await Task.Delay(5, CancellationToken.None);
            }
        });
        var result = await work();
        await done.CancelAsync();
        await sampler;
        return (result, Math.Max(heapPeak - heapBefore, setPeak - setBefore));
    }
}
