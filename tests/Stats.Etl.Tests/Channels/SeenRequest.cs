namespace Stats.Etl.Tests.Channels;

/// <summary>What the agency server saw of one request: path and the headers the puller is responsible for.</summary>
public sealed record SeenRequest(string Path, string IfNoneMatch, string IfModifiedSince, string Authorization, string ApiKey);
