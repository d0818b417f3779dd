namespace ReliefPlatform.Domain.Staff;

public enum StaffRole
{
    Caseworker,
    Supervisor,
    Administrator,
}
