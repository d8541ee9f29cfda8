namespace PolicyDsl.Tests.Support;

/// <summary>
/// Runs code on a thread with a small, fixed stack, so a test of "does not overflow" means the same on
/// every machine (test runner threads get whatever the platform gives). An overflow would end the test
/// run: that is the failure these tests guard against.
/// </summary>
internal static class SmallStack
{
    public const int Bytes = 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { failure = e; }
        }, Bytes);
        thread.Start();
        thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        return result;
    }
}
