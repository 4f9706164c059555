using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Scholarly.Parsing.Model;

namespace Scholarly.Parsing.Serialization;

/// <summary>Writes an <see cref="EquatableArray{T}"/> as a JSON array; element metadata comes from the options (no reflection).</summary>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    public override bool HandleNull => true;

    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array for {typeof(T).Name} items.");
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            builder.Add(JsonSerializer.Deserialize(ref reader, info)!);
        }

        return builder.ToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}
