using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Scholarly.Parsing.Serialization;

/// <summary>
/// JSON for the model: camelCase names, enums as strings, default values omitted, indented.
/// Source-generated, so it works under trimming and Native AOT.
/// </summary>
/// <example>
/// <code>
/// string json = ScholarlyJson.Serialize(document);
/// ParsedDocument again = ScholarlyJson.Deserialize&lt;ParsedDocument&gt;(json);
/// </code>
/// </example>
public static class ScholarlyJson
{
    private static readonly JsonSerializerOptions s_options = CreateOptions();

    /// <summary>The read-only serializer options; combine <see cref="JsonSerializerOptions.TypeInfoResolver"/> with your own context if needed.</summary>
    public static JsonSerializerOptions Options => s_options;

    /// <summary>Writes a model value as JSON.</summary>
    /// <typeparam name="T">A model type, such as <see cref="Pipeline.ParsedDocument"/> or <see cref="Model.Paper"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, GetTypeInfo<T>());

    /// <summary>Reads a model value from JSON.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="JsonException">The JSON is malformed or does not match the type.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, GetTypeInfo<T>()) ?? throw new JsonException("The JSON holds null.");
    }

    /// <summary>The serializer metadata of a model type.</summary>
    /// <typeparam name="T">A model type.</typeparam>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a model type.</exception>
    public static JsonTypeInfo<T> GetTypeInfo<T>() =>
        s_options.TryGetTypeInfo(typeof(T), out var info)
            ? (JsonTypeInfo<T>)info
            : throw new NotSupportedException($"{typeof(T).Name} is not a Scholarly.Parsing model type.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ScholarlyJsonContext.Default.Options)
        {
            // Keep non-ASCII names and titles readable; the output is for files and APIs, not HTML.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
