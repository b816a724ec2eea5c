using Beacon.Hosting;

namespace Beacon.Tests.Hosting;

public sealed class NginxTests
{
    [Fact]
    public void Find_NotInstalled_FailsNamingThePackageToInstall()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-nginx-{Guid.NewGuid():N}", "nginx");

        var error = Assert.Throws<InvalidOperationException>(() => Nginx.Find([missing]));

        Assert.Contains("apt-get install -y nginx", error.Message, StringComparison.Ordinal);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SecondCandidateExists_ReturnsIt()
    {
        var folder = Directory.CreateTempSubdirectory("beacon-nginx-").FullName;
        var present = Path.Combine(folder, "nginx");
        File.WriteAllText(present, "");
        try
        {
            Assert.Equal(present, Nginx.Find([Path.Combine(folder, "absent"), present]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
