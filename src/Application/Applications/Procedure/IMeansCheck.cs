namespace ReliefPlatform.Application.Applications.Procedure;

/// <summary>
/// 居民家庭经济状况核对: the county's check of a household's registered finances (vehicles, businesses,
/// deposits, property) that the investigation asks for. Answers a short summary to keep with the visit.
/// </summary>
public interface IMeansCheck
{
    Task<string> CheckAsync(string applicantIdNumber, int householdSize, CancellationToken cancellationToken);
}
