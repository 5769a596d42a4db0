# Find large log files and archive them
param(
    [string]$Path = "C:\Logs",
    [int]$MinSizeMB = 10
)

$limit = $MinSizeMB * 1MB
Get-ChildItem -Path $Path -Filter *.log -Recurse |
    Where-Object { $_.Length -gt $limit -and -not $_.PSIsContainer } |
    Sort-Object Length -Descending |
    ForEach-Object {
        Write-Host "Archiving $($_.Name) ($([math]::Round($_.Length / 1MB, 1)) MB)"
        Compress-Archive -Path $_.FullName -DestinationPath "$env:TEMP\$($_.BaseName).zip" -Force
    }

function Get-Greeting {
    param([Parameter(Mandatory)][string]$Name)
    if ($Name -eq '') { return $null }
    return 'Hello, ' + $Name + '!'
}

<# A block
   comment #>
$result = Get-Greeting -Name "World"; Write-Output $result
