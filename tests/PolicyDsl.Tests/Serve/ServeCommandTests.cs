using System.Net;
using System.Net.Sockets;
using PolicyDsl.Tests.Support;

namespace PolicyDsl.Tests.Serve;

/// <summary><c>policy serve</c> refusing to start: a directory that is not there, a port another program holds.</summary>
public class ServeCommandTests
{
    [Fact]
    public void AMissingDirectoryIsAnErrorNotAnEmptyWorkbench()
    {
        var result = PolicyCommand.Run("serve", Path.Combine(Path.GetTempPath(), $"policydsl-none-{Guid.NewGuid():N}"), "--port", "0");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("is not a directory", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void APortInUseIsAnErrorNamingThePort()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var result = PolicyCommand.Run("serve", Repository.Path("policies"), "--port", $"{port}");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", result.Error);
        Assert.Contains("choose another --port", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
