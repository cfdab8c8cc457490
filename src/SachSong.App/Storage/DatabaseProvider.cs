namespace SachSong.App.Storage;

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}
