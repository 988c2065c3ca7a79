using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceSim.Files;

/// <summary>
/// The <c>status</c> of a run folder's <c>manifest.json</c> (docs/output.md): <c>complete</c> once every file is in
/// place. Readers refuse a folder whose status is missing or not complete; a folder written before the status
/// existed (no <c>status</c> and no <c>results_version</c>) is read with a warning.
/// </summary>
public static class RunFolderStatus
{
    /// <summary>The manifest member that holds the status.</summary>
    public const string Key = "status";

    /// <summary>The status of a folder whose every file is in place.</summary>
    public const string Complete = "complete";

    /// <summary>The manifest member that holds the results version; only folders written before <see cref="Key"/> existed lack both.</summary>
    public const string ResultsVersionKey = "results_version";

    /// <summary>The manifest at <paramref name="path"/> as a JSON object; null when there is no file there.</summary>
    /// <exception cref="IOException">It is not a regular file, cannot be read or is not a JSON object; the message names it.</exception>
    public static JsonObject? ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        string text = RegularFile.ReadAllText(path);
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new IOException($"'{path}' is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new IOException($"'{path}' is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>
    /// Null when the folder at <paramref name="folder"/> may be read, else why not (a sentence naming it);
    /// <paramref name="warning"/> is set when it may be read but predates the status. <paramref name="manifest"/> is
    /// null when the folder has no <c>manifest.json</c>.
    /// </summary>
    public static string? Refusal(string folder, JsonObject? manifest, out string? warning)
    {
        warning = null;
        if (manifest is null)
        {
            return $"'{folder}' is not a complete run folder: manifest.json is missing (the run was interrupted, or the folder is still being written)";
        }

        if (manifest[Key] is not JsonValue value || !value.TryGetValue(out string? status))
        {
            if (manifest.ContainsKey(Key) || manifest.ContainsKey(ResultsVersionKey))
            {
                return $"'{folder}' is not a complete run folder: manifest.json has no text '{Key}', expected \"{Complete}\"";
            }

            warning = $"'{folder}' was written by an older version that did not record whether the run finished (manifest.json has no '{Key}'); it is read as complete";
            return null;
        }

        return status == Complete
            ? null
            : $"'{folder}' is not a complete run folder: manifest.json has {Key} \"{status}\", expected \"{Complete}\" (the run was interrupted, or the folder is still being written)";
    }
}
