namespace Scholarly.Parsing.Text;

/// <summary>
/// A read-only stream that returns bytes already read from another stream, then the rest of that
/// stream: lets the start of a non-seekable stream be inspected and still read in full.
/// </summary>
internal sealed class PrefixedStream : Stream
{
    private readonly byte[] _prefix;
    private readonly int _prefixLength;
    private readonly Stream _rest;
    private int _position;

    private PrefixedStream(byte[] prefix, int prefixLength, Stream rest)
    {
        _prefix = prefix;
        _prefixLength = prefixLength;
        _rest = rest;
    }

    /// <summary>The bytes read ahead.</summary>
    public ReadOnlySpan<byte> Prefix => _prefix.AsSpan(0, _prefixLength);

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads up to <paramref name="length"/> bytes ahead from <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="length">How many bytes to read ahead.</param>
    public static PrefixedStream ReadAhead(Stream stream, int length)
    {
        var prefix = new byte[length];
        var read = stream.ReadAtLeast(prefix, length, throwOnEndOfStream: false);
        return new PrefixedStream(prefix, read, stream);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (_position < _prefixLength)
        {
            var count = Math.Min(buffer.Length, _prefixLength - _position);
            _prefix.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        return _rest.Read(buffer);
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
