namespace SachSong.Core.Units;

/// <summary>Tier of an administrative unit.</summary>
public enum UnitLevel
{
    /// <summary>Tỉnh / thành phố trực thuộc trung ương.</summary>
    Province = 1,
    /// <summary>Huyện / quận / thị xã / thành phố thuộc tỉnh (abolished from 1/7/2025).</summary>
    District = 2,
    /// <summary>Xã / phường / thị trấn / đặc khu.</summary>
    Commune = 3,
}
