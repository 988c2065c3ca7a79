using System.Runtime.InteropServices;

namespace InfluenceSim.Files;

/// <summary>
/// The check every input the tool opens goes through first: a scenario, a network or node file, a run folder's
/// table or manifest must be a regular file once links are followed (a named pipe would block the reader forever,
/// a device such as <c>/dev/zero</c> would read as empty or endless). See docs/safety.md.
/// </summary>
public static class RegularFile
{
    private const int NoSuchEntry = 2;
    private const int NotAFolder = 20;

    /// <summary>
    /// Null when <paramref name="path"/> is a regular file (links followed); else a sentence that names the path and
    /// says what it is, e.g. <c>'s.yaml' is a named pipe (FIFO), not a regular file</c>.
    /// </summary>
    public static string? Problem(string path) => NotRegular(path) is { } what ? $"'{path}' {what}" : null;

    /// <summary>The whole text of <paramref name="path"/>, once <see cref="Problem"/> has found nothing wrong with it.</summary>
    /// <exception cref="IOException">It is not a regular file or cannot be read; the message names it.</exception>
    public static string ReadAllText(string path)
    {
        if (Problem(path) is { } problem)
        {
            throw new IOException(problem);
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot read '{path}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Null when <paramref name="path"/> is a regular file (links followed); else what it is, as the end of a
    /// sentence about it: <c>is a named pipe (FIFO), not a regular file</c>, <c>does not exist</c>... Where the
    /// kernel cannot be asked (off Linux), only folders and missing paths are told apart from regular files.
    /// </summary>
    public static string? NotRegular(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int error = FileKind.Stat(path, out int type, out _);
        return error switch
        {
            FileKind.Unsupported => Directory.Exists(path) ? "is a folder, not a regular file" : File.Exists(path) ? null : "does not exist",
            0 when type == FileKind.Regular => null,
            0 => $"is {FileKind.Describe(type)}, not a regular file",
            NoSuchEntry or NotAFolder => "does not exist",
            _ => $"cannot be read: {Marshal.GetPInvokeErrorMessage(error)}",
        };
    }
}
