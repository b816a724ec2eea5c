using Beacon.Hosting;

namespace Beacon.Tests.Hosting;

public sealed class WrkTests
{
    [Fact]
    public void Parse_LatencyReportWithErrors_ReadsRateLatenciesInMillisecondsAndFailures()
    {
        const string output = """
            Running 2s test @ http://127.0.0.1:18999/Schools
              1 threads and 4 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   812.50us    1.75ms    1.02s    94.34%
                Req/Sec     1.52k   260.00     1.72k    80.95%
              Latency Distribution
                 50%  640.00us
                 75%    2.90ms
                 90%    3.58ms
                 99%    1.20s
              3175 requests in 2.10s, 1.57MB read
              Socket errors: connect 0, read 2, write 0, timeout 5
              Non-2xx or 3xx responses: 12
            Requests/sec:   1511.96
            Transfer/sec:    767.79KB
            """;

        var report = Wrk.Parse(output);

        Assert.Equal(new WrkReport(1511.96, 0.8125, 0.64, 1200, 3175, 7, 12), report);
    }

    [Fact]
    public void Parse_NoLatencyDistribution_RefusesTheReport()
    {
        const string output = """
                Latency     2.72ms    1.75ms  23.80ms   94.34%
              3175 requests in 2.10s, 1.57MB read
            Requests/sec:   1511.96
            """;

        Assert.Throws<FormatException>(() => Wrk.Parse(output));
    }

    [Theory]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://example.org/")]
    [InlineData("http://localhost:8080/")]
    public void Require_AddressOffLoopback_IsRefused(string address) =>
        Assert.Throws<ArgumentException>(() => Loopback.Require(new Uri(address)));

    [Fact]
    public void Require_LoopbackAddress_IsKept() =>
        Assert.Equal(new Uri("http://127.0.0.1:5000/Schools"), Loopback.Require(new Uri("http://127.0.0.1:5000/Schools")));
}
