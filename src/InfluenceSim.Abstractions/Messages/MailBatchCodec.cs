using System.Buffers;
using Orleans.Serialization.Buffers;
using Orleans.Serialization.Codecs;
using Orleans.Serialization.WireProtocol;

namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// Orleans' serializer for <see cref="MailBatch"/>: the batch crosses silos as one length-prefixed field
/// holding its <see cref="MailPacking"/> form. A call between grains of one silo does not use it
/// (the batch is immutable, so Orleans passes it as it is).
/// </summary>
[RegisterSerializer]
internal sealed class MailBatchCodec : IFieldCodec<MailBatch>
{
    public void WriteField<TBufferWriter>(ref Writer<TBufferWriter> writer, uint fieldIdDelta, Type? expectedType, MailBatch? value)
        where TBufferWriter : IBufferWriter<byte>
    {
        if (ReferenceCodec.TryWriteReferenceField(ref writer, fieldIdDelta, expectedType, value) || value is null)
        {
            return;
        }

        var packed = ArrayPool<byte>.Shared.Rent(MailPacking.MaxPackedSize(value.Entries.Length));
        try
        {
            int length = MailPacking.Pack(value.Step, value.Entries, packed);
            writer.WriteFieldHeader(fieldIdDelta, expectedType, typeof(MailBatch), WireType.LengthPrefixed);
            writer.WriteVarUInt32((uint)length);
            writer.Write(packed.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }

    public MailBatch? ReadValue<TInput>(ref Reader<TInput> reader, Field field)
    {
        if (field.WireType == WireType.Reference)
        {
            return ReferenceCodec.ReadReference<MailBatch, TInput>(ref reader, field);
        }

        field.EnsureWireType(WireType.LengthPrefixed);
        int length = checked((int)reader.ReadVarUInt32());
        var batch = reader.TryReadBytes(length, out var contiguous) ? MailPacking.Unpack(contiguous) : UnpackCopy(ref reader, length);
        ReferenceCodec.RecordObject(reader.Session, batch);
        return batch;
    }

    /// <summary>Reads a packed batch that spans several of the input's buffers.</summary>
    private static MailBatch UnpackCopy<TInput>(ref Reader<TInput> reader, int length)
    {
        var packed = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            reader.ReadBytes(packed.AsSpan(0, length));
            return MailPacking.Unpack(packed.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }
}
